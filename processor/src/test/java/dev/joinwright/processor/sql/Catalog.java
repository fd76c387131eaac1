package dev.joinwright.processor.sql;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a database's catalog says about the created schema: tables and their FK columns. */
final class Catalog {
    private Catalog() {}

    /** The tables of the sandbox, as the database spells them. */
    static List<String> tables(Sandbox db) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(db.connection.getCatalog(), db.connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** Each table's FK columns (lower case), as the driver reports them. */
    static Map<String, Set<String>> foreignKeyColumns(Sandbox db) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        Map<String, Set<String>> columns = new TreeMap<>();
        for (String table : tables(db)) {
            Set<String> fks = new TreeSet<>();
            try (ResultSet rows = meta.getImportedKeys(db.connection.getCatalog(), db.connection.getSchema(), table)) {
                while (rows.next()) {
                    fks.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            columns.put(table, fks);
        }
        return columns;
    }

    /**
     * The FKs whose first column (of a composite FK: the column paired with the referenced key's
     * first) is not the first column of any index, as {@code table.column}.
     */
    static List<String> unindexedForeignKeys(Sandbox db) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> table : leadingForeignKeyColumns(db).entrySet()) {
            Set<String> indexed = db.database.leadingIndexColumns(db.connection, table.getKey());
            for (String column : table.getValue()) {
                if (!indexed.contains(column)) {
                    missing.add(table.getKey() + "." + column);
                }
            }
        }
        return missing;
    }

    /** Each table's FK columns at {@code KEY_SEQ} 1 of their constraint (lower case). */
    private static Map<String, Set<String>> leadingForeignKeyColumns(Sandbox db) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        Map<String, Set<String>> columns = new TreeMap<>();
        for (String table : tables(db)) {
            Set<String> fks = new TreeSet<>();
            try (ResultSet rows = meta.getImportedKeys(db.connection.getCatalog(), db.connection.getSchema(), table)) {
                while (rows.next()) {
                    if (rows.getInt("KEY_SEQ") == 1) {
                        fks.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            columns.put(table, fks);
        }
        return columns;
    }

    /** The same map with lower-cased table names. */
    static Map<String, Set<String>> lowerCaseTables(Map<String, Set<String>> byTable) {
        Map<String, Set<String>> lower = new TreeMap<>();
        byTable.forEach((table, columns) -> lower.put(table.toLowerCase(Locale.ROOT), columns));
        return lower;
    }

    /** The table's primary-key columns (lower case) in key order ({@code KEY_SEQ}). */
    static List<String> primaryKey(Sandbox db, String table) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        Map<Integer, String> bySeq = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(db.connection.getCatalog(), db.connection.getSchema(), spelled(db, table))) {
            while (rows.next()) {
                bySeq.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(bySeq.values());
    }

    /**
     * The table's FK constraints, one string each, columns in constraint order:
     * {@code (hall_code, number) -> seat(hall_code, number)}, sorted.
     */
    static List<String> foreignKeys(Sandbox db, String table) throws SQLException {
        DatabaseMetaData meta = db.connection.getMetaData();
        Map<String, Map<Integer, String[]>> byConstraint = new TreeMap<>();
        try (ResultSet rows = meta.getImportedKeys(db.connection.getCatalog(), db.connection.getSchema(), spelled(db, table))) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME") + "/" + rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                byConstraint.computeIfAbsent(name, n -> new TreeMap<>()).put(rows.getInt("KEY_SEQ"), new String[] {
                        rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
            }
        }
        List<String> constraints = new ArrayList<>();
        byConstraint.forEach((name, parts) -> {
            String target = name.substring(name.indexOf('/') + 1);
            constraints.add("(" + String.join(", ", parts.values().stream().map(p -> p[0]).toList()) + ") -> " + target
                    + "(" + String.join(", ", parts.values().stream().map(p -> p[1]).toList()) + ")");
        });
        constraints.sort(null);
        return constraints;
    }

    private static String spelled(Sandbox db, String table) throws SQLException {
        List<String> tables = tables(db);
        return tables.stream().filter(t -> t.equalsIgnoreCase(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + table + " in " + tables));
    }
}
