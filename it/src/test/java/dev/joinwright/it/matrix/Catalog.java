package dev.joinwright.it.matrix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What each database's own catalog says about a sandbox's tables and indexes. */
public final class Catalog {
    private Catalog() {}

    /** The lower-case leading column of every index on {@code table}, primary key included. */
    public static Set<String> leadingIndexColumns(Sandbox sandbox, String table) throws SQLException {
        try (Connection c = sandbox.connect()) {
            switch (sandbox.db()) {
                case POSTGRESQL:
                    return query(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                            + " AND tablename = ?", table, Catalog::firstColumnOfIndexDef);
                case MARIADB:
                    return query(c, "SELECT column_name FROM information_schema.statistics"
                            + " WHERE table_schema = DATABASE() AND table_name = ? AND seq_in_index = 1", table, s -> s);
                case H2:
                    return query(c, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                            + " WHERE TABLE_SCHEMA = SCHEMA() AND LOWER(TABLE_NAME) = ? AND ORDINAL_POSITION = 1",
                            table, s -> s);
                case SQLITE:
                    return sqliteLeadingColumns(c, table);
                default:
                    throw new AssertionError(sandbox.db());
            }
        }
    }

    /** The tables of the sandbox, lower case. */
    public static Set<String> tables(Sandbox sandbox) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = sandbox.connect();
                ResultSet rs = c.getMetaData().getTables(catalog(sandbox, c), schema(sandbox, c), "%",
                        new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String catalog(Sandbox sandbox, Connection c) throws SQLException {
        return sandbox.db() == TestDatabase.MARIADB ? sandbox.name() : null;
    }

    private static String schema(Sandbox sandbox, Connection c) throws SQLException {
        switch (sandbox.db()) {
            case POSTGRESQL: return sandbox.name();
            case H2: return "PUBLIC";
            default: return null;
        }
    }

    private static Set<String> sqliteLeadingColumns(Connection c, String table) throws SQLException {
        List<String> indexes = new ArrayList<>();
        Set<String> columns = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA index_list(\"" + table + "\")")) {
            while (rs.next()) {
                indexes.add(rs.getString("name"));
            }
        }
        for (String index : indexes) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA index_info(\"" + index + "\")")) {
                while (rs.next()) {
                    if (rs.getInt("seqno") == 0) {
                        columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        // An INTEGER PRIMARY KEY is the rowid itself: no index row, but the fastest lookup there is.
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                if (rs.getInt("pk") == 1 && "INTEGER".equalsIgnoreCase(rs.getString("type"))) {
                    columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static String firstColumnOfIndexDef(String indexDef) {
        String columns = indexDef.substring(indexDef.lastIndexOf('(') + 1);
        return columns.split("[,)]")[0].trim().replace("\"", "");
    }

    private interface Extract {
        String apply(String value);
    }

    private static Set<String> query(Connection c, String sql, String table, Extract extract) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(extract.apply(rs.getString(1)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
