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

    /** The FK columns that are not the first column of any index, as {@code table.column}. */
    static List<String> unindexedForeignKeys(Sandbox db) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> table : foreignKeyColumns(db).entrySet()) {
            Set<String> indexed = db.database.leadingIndexColumns(db.connection, table.getKey());
            for (String column : table.getValue()) {
                if (!indexed.contains(column)) {
                    missing.add(table.getKey() + "." + column);
                }
            }
        }
        return missing;
    }

    /** The same map with lower-cased table names. */
    static Map<String, Set<String>> lowerCaseTables(Map<String, Set<String>> byTable) {
        Map<String, Set<String>> lower = new TreeMap<>();
        byTable.forEach((table, columns) -> lower.put(table.toLowerCase(Locale.ROOT), columns));
        return lower;
    }
}
