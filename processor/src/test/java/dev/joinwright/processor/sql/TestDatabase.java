package dev.joinwright.processor.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the DDL is executed on: H2 and SQLite in memory, PostgreSQL and MariaDB as real
 * servers on 127.0.0.1. Each {@link #sandbox()} is a fresh, empty database (a new in-memory
 * database, or a new PostgreSQL schema / MariaDB database that is dropped on close). A server
 * that does not answer skips the test with how to start it, except under {@code CI=true}.
 */
enum TestDatabase {
    H2(SqlDialect.H2, "", "") {
        @Override
        Sandbox sandbox() throws SQLException {
            return new Sandbox(this, DriverManager.getConnection("jdbc:h2:mem:"), () -> {});
        }

        @Override
        String leadingIndexColumnsQuery() {
            return "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                    + " WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = ? AND ORDINAL_POSITION = 1";
        }
    },
    SQLITE(SqlDialect.SQLITE, "", "") {
        @Override
        Sandbox sandbox() throws SQLException {
            return new Sandbox(this, DriverManager.getConnection("jdbc:sqlite::memory:"), () -> {});
        }

        @Override
        String leadingIndexColumnsQuery() {
            return "SELECT ii.name FROM pragma_index_list(?) AS il, pragma_index_info(il.name) AS ii"
                    + " WHERE ii.seqno = 0";
        }
    },
    POSTGRESQL(SqlDialect.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start") {
        @Override
        Sandbox sandbox() throws SQLException {
            String schema = freshName();
            try (Connection admin = admin(); Statement s = admin.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            Connection connection = DriverManager.getConnection(adminUrl + "&currentSchema=" + schema);
            return new Sandbox(this, connection, () -> dropOnServer("DROP SCHEMA " + schema + " CASCADE"));
        }

        @Override
        String leadingIndexColumnsQuery() {
            return "SELECT a.attname FROM pg_index i"
                    + " JOIN pg_class t ON t.oid = i.indrelid"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " WHERE n.nspname = current_schema() AND t.relname = ?";
        }
    },
    MARIADB(SqlDialect.MYSQL, "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=",
            "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd") {
        @Override
        Sandbox sandbox() throws SQLException {
            String database = freshName();
            try (Connection admin = admin(); Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            Connection connection = DriverManager.getConnection(
                    adminUrl.replace("/test?", "/" + database + "?"));
            return new Sandbox(this, connection, () -> dropOnServer("DROP DATABASE " + database));
        }

        @Override
        String leadingIndexColumnsQuery() {
            return "SELECT COLUMN_NAME FROM information_schema.statistics"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND SEQ_IN_INDEX = 1";
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final SqlDialect dialect;
    final String adminUrl;
    private final String howToStart;
    private Boolean reachable;

    TestDatabase(SqlDialect dialect, String adminUrl, String howToStart) {
        this.dialect = dialect;
        this.adminUrl = adminUrl;
        this.howToStart = howToStart;
    }

    /** A fresh, empty database; closing it drops whatever it holds. */
    abstract Sandbox sandbox() throws SQLException;

    /** A query, with the table name as its parameter, for the first column of each index. */
    abstract String leadingIndexColumnsQuery();

    /** The lower-cased first column of every index of a table (the primary key's included). */
    Set<String> leadingIndexColumns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(leadingIndexColumnsQuery())) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** Skips (or fails under {@code CI=true}) when this database's server does not answer. */
    void assumeAvailable() {
        if (adminUrl.isEmpty()) {
            return;
        }
        if (reachable == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = admin()) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        String message = name() + " is not answering at " + adminUrl + "; start it with: " + howToStart;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(reachable, message);
        }
        Assumptions.assumeTrue(reachable, message);
    }

    Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl);
    }

    void dropOnServer(String sql) throws SQLException {
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    static String freshName() {
        return "jw_ddl_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }
}
