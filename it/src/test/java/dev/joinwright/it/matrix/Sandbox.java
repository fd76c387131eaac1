package dev.joinwright.it.matrix;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinwright.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One isolated namespace on one {@link TestDatabase}: its own H2 memory database, SQLite file,
 * PostgreSQL schema or MariaDB database. {@link #close()} closes the pools it handed out and drops
 * the namespace.
 */
public final class Sandbox implements AutoCloseable {
    private final TestDatabase db;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final String dropStatement;
    private final Path file;
    private final List<HikariDataSource> pools = new ArrayList<>();

    Sandbox(TestDatabase db, String name, String url, String user, String password, String dropStatement,
            Path file) {
        this.db = db;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropStatement = dropStatement;
        this.file = file;
    }

    public TestDatabase db() {
        return db;
    }

    /** The namespace's name: schema on PostgreSQL, database on MariaDB. */
    public String name() {
        return name;
    }

    /** A raw connection (no pool), for setting up, checking, and playing a second client. */
    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        if (db == TestDatabase.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        return connection;
    }

    /** An unpooled data source: every {@code getConnection} opens a new connection. */
    public DataSource dataSource() {
        return new PlainDataSource();
    }

    /**
     * An unpooled data source whose SQLite connections open with foreign keys on
     * ({@code foreign_keys=true}): what a transaction manager needs, because it opens the transaction
     * before Joinwright sees the connection, and SQLite cannot switch foreign keys on inside one.
     */
    public DataSource dataSourceWithForeignKeys() {
        if (db != TestDatabase.SQLITE) {
            return dataSource();
        }
        String withForeignKeys = url + "&foreign_keys=true";
        return new DelegatingDataSource(dataSource()) {
            @Override
            protected Connection wrap(Connection ignored) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(withForeignKeys, user, password);
            }
        };
    }

    /** A runtime handle over an unpooled data source, dialect detected from the driver. */
    public Database database() {
        return Database.of(dataSource());
    }

    /**
     * A HikariCP pool of at most {@code size} connections, closed with the sandbox. On SQLite the
     * pool's transactions begin IMMEDIATE (see {@link Capabilities}).
     */
    public HikariDataSource pool(int size, String poolName) {
        return pool(size, poolName, true);
    }

    /** Like {@link #pool(int, String)}, handing out connections with autocommit {@code autoCommit}. */
    public HikariDataSource pool(int size, String poolName, boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setAutoCommit(autoCommit);
        config.setJdbcUrl(db == TestDatabase.SQLITE ? url + "&journal_mode=WAL&transaction_mode=IMMEDIATE" : url);
        if (db == TestDatabase.POSTGRESQL) {
            config.addDataSourceProperty("ApplicationName", poolName); // to find its sessions server-side
        }
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(poolName);
        config.setConnectionTimeout(30_000);
        config.setRegisterMbeans(false);
        HikariDataSource pool = new HikariDataSource(config);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    /** Runs statements on a fresh connection. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Override
    public void close() throws Exception {
        synchronized (pools) {
            pools.forEach(HikariDataSource::close);
            pools.clear();
        }
        switch (db) {
            case H2:
                execute(dropStatement);
                break;
            case SQLITE:
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
                break;
            default:
                db.admin(dropStatement);
        }
    }

    @Override
    public String toString() {
        return db + ":" + name;
    }

    /** DriverManager behind the {@link DataSource} interface. */
    private final class PlainDataSource implements DataSource {
        @Override public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
        @Override public Connection getConnection(String u, String p) throws SQLException {
            return DriverManager.getConnection(url, u, p);
        }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
        @Override public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }
        @Override public boolean isWrapperFor(Class<?> type) { return false; }
        @Override public String toString() { return Sandbox.this.toString(); }
    }
}
