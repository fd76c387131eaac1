package dev.joinwright.internal;

import dev.joinwright.Database;
import dev.joinwright.SchemaDifference;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.TreeMap;

/**
 * The generated schema class's {@code validate}: reads the live catalog through JDBC
 * {@link DatabaseMetaData} (the connection's catalog and schema) and compares it with the lines the
 * processor wrote for the dialect (see the processor's {@code CatalogDescription}). Names compare
 * case-insensitively (H2 folds bare names to upper case). Internal: for generated code only.
 */
public final class SchemaValidator {
    private SchemaValidator() {}

    /** Every difference between the database and {@code expected}, in the schema's table order. */
    public static List<SchemaDifference> validate(Database db, List<String> expected) {
        String dialect = db.dialect().id();
        return db.withConnection(connection -> compare(dialect, expected, Catalog.read(connection, dialect)));
    }

    /** A table as a catalog describes it. */
    private static final class Table {
        final String name;
        final Map<String, String> columns = new LinkedHashMap<>(); // lower-case name -> "TYPE|NOT NULL|GENERATED"
        final Map<String, String> columnNames = new LinkedHashMap<>();
        List<String> primaryKey = new ArrayList<>();
        final List<String> foreignKeys = new ArrayList<>();
        final List<String> uniques = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();

        Table(String name) {
            this.name = name;
        }
    }

    private static List<SchemaDifference> compare(String dialect, List<String> lines, Map<String, Table> actual) {
        Map<String, Table> expected = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            String key = lower(f[1]);
            Table table = f[0].equals("T") ? expected.computeIfAbsent(key, k -> new Table(f[1])) : expected.get(key);
            switch (f[0]) {
                case "C" -> {
                    table.columns.put(lower(f[2]), f[3] + "|" + f[4] + "|" + f[5]);
                    table.columnNames.put(lower(f[2]), f[2]);
                }
                case "P" -> table.primaryKey = List.of(lower(f[2]).split(","));
                case "F" -> table.foreignKeys.add(lower(f[2]) + " -> " + lower(f[3]) + " (" + lower(f[4]) + ")"
                        + " ON DELETE " + action(dialect, f[5]) + " ON UPDATE " + action(dialect, f[6]));
                case "U" -> table.uniques.add(lower(f[2]));
                case "I" -> table.indexes.add(lower(f[2]) + " (" + lower(f[3]) + ")");
                default -> { }
            }
        }
        List<SchemaDifference> differences = new ArrayList<>();
        for (Table want : expected.values()) {
            Table have = actual.get(lower(want.name));
            if (have == null) {
                differences.add(new SchemaDifference(want.name, "table", "present", SchemaDifference.ABSENT));
                continue;
            }
            compareColumns(dialect, want, have, differences);
            if (!want.primaryKey.equals(have.primaryKey)) {
                differences.add(new SchemaDifference(want.name, "primary key", keyText(want.primaryKey),
                        keyText(have.primaryKey)));
            }
            compareSets(want.name, "foreign key", want.foreignKeys, have.foreignKeys, differences);
            compareSets(want.name, "unique constraint", want.uniques, have.uniques, differences);
            compareSets(want.name, "index", want.indexes, have.indexes, differences);
        }
        return List.copyOf(differences);
    }

    private static void compareColumns(String dialect, Table want, Table have, List<SchemaDifference> differences) {
        for (Map.Entry<String, String> column : want.columns.entrySet()) {
            String name = want.columnNames.get(column.getKey());
            String found = have.columns.get(column.getKey());
            if (found == null) {
                differences.add(new SchemaDifference(want.name, "column " + name, column.getValue().split("\\|")[0],
                        SchemaDifference.ABSENT));
                continue;
            }
            String[] w = column.getValue().split("\\|");
            String[] h = found.split("\\|");
            if (!w[0].equals(h[0])) {
                differences.add(new SchemaDifference(want.name, "column " + name + " type", w[0], h[0]));
            }
            boolean rowid = dialect.equals("sqlite") && w[2].equals("GENERATED"); // SQLite reports it nullable
            if (!w[1].equals(h[1]) && !rowid) {
                differences.add(new SchemaDifference(want.name, "column " + name + " nullability", w[1], h[1]));
            }
            if (!dialect.equals("sqlite") && !w[2].equals(h[2])) {
                differences.add(new SchemaDifference(want.name, "column " + name + " generated key",
                        w[2].equals("GENERATED") ? "generated" : "not generated",
                        h[2].equals("GENERATED") ? "generated" : "not generated"));
            }
        }
        for (Map.Entry<String, String> column : have.columns.entrySet()) {
            if (!want.columns.containsKey(column.getKey())) {
                differences.add(new SchemaDifference(want.name, "column " + have.columnNames.get(column.getKey()),
                        SchemaDifference.ABSENT, column.getValue().split("\\|")[0]));
            }
        }
    }

    private static void compareSets(String table, String what, List<String> want, List<String> have,
            List<SchemaDifference> differences) {
        List<String> missing = new ArrayList<>(want);
        List<String> extra = new ArrayList<>(have);
        for (String element : want) {
            if (extra.remove(element)) {
                missing.remove(element);
            }
        }
        missing.forEach(m -> differences.add(new SchemaDifference(table, what + " " + m, "present", SchemaDifference.ABSENT)));
        extra.forEach(e -> differences.add(new SchemaDifference(table, what + " " + e, SchemaDifference.ABSENT, "present")));
    }

    private static String keyText(List<String> columns) {
        return columns.isEmpty() ? SchemaDifference.ABSENT : "(" + String.join(", ", columns) + ")";
    }

    /**
     * H2 and MySQL's InnoDB check NO ACTION immediately, as RESTRICT, and their drivers report either
     * for the other; so there the two compare equal.
     */
    private static String action(String dialect, String action) {
        return (dialect.equals("mysql") || dialect.equals("h2")) && action.equals("RESTRICT") ? "NO ACTION" : action;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The live catalog, read through {@link DatabaseMetaData}. */
    private static final class Catalog {
        static Map<String, Table> read(Connection connection, String dialect) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = dialect.equals("mysql") ? null : connection.getSchema();
            Map<String, Table> tables = new TreeMap<>();
            try (ResultSet rows = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME");
                    tables.put(lower(name), new Table(name));
                }
            }
            try (ResultSet rows = meta.getColumns(catalog, schema, "%", "%")) {
                while (rows.next()) {
                    Table table = tables.get(lower(rows.getString("TABLE_NAME")));
                    if (table != null) {
                        String column = rows.getString("COLUMN_NAME");
                        table.columns.put(lower(column), type(dialect, rows) + "|"
                                + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "NOT NULL" : "NULL") + "|"
                                + ("YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT")) ? "GENERATED" : "-"));
                        table.columnNames.put(lower(column), column);
                    }
                }
            }
            for (Table table : tables.values()) {
                readKeys(meta, catalog, schema, dialect, table);
            }
            return tables;
        }

        private static String type(String dialect, ResultSet column) throws SQLException {
            String name = column.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
            if (dialect.equals("sqlite")) {
                return name;
            }
            int type = column.getInt("DATA_TYPE");
            if (type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.NCHAR) {
                return name + "(" + column.getInt("COLUMN_SIZE") + ")";
            }
            if (type == Types.NUMERIC || type == Types.DECIMAL) {
                return name + "(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
            }
            return name;
        }

        private static void readKeys(DatabaseMetaData meta, String catalog, String schema, String dialect, Table table)
                throws SQLException {
            Map<Integer, String> key = new TreeMap<>();
            try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, table.name)) {
                while (rows.next()) {
                    key.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
                }
            }
            table.primaryKey = new ArrayList<>(key.values());
            Map<String, TreeMap<Integer, String[]>> fks = new LinkedHashMap<>();
            try (ResultSet rows = meta.getImportedKeys(catalog, schema, table.name)) {
                int anonymous = 0;
                while (rows.next()) {
                    int seq = rows.getInt("KEY_SEQ");
                    String name = rows.getString("FK_NAME");
                    String group = name == null || name.isEmpty() ? "#" + (seq == 1 ? ++anonymous : anonymous) : name;
                    fks.computeIfAbsent(group, k -> new TreeMap<>()).put(seq, new String[] {
                        lower(rows.getString("FKCOLUMN_NAME")), lower(rows.getString("PKTABLE_NAME")),
                        lower(rows.getString("PKCOLUMN_NAME")), rule(rows.getShort("DELETE_RULE")),
                        rule(rows.getShort("UPDATE_RULE"))});
                }
            }
            java.util.Set<String> ownIndexes = new java.util.HashSet<>();
            if (dialect.equals("h2")) {
                // H2 gives an FK declared before any index on its columns an index of its own, <fk>_INDEX_<n>
                fks.keySet().forEach(fk -> ownIndexes.add(lower(fk) + "_index_"));
            }
            for (TreeMap<Integer, String[]> fk : fks.values()) {
                List<String> columns = new ArrayList<>();
                List<String> referenced = new ArrayList<>();
                String[] first = fk.firstEntry().getValue();
                fk.values().forEach(part -> {
                    columns.add(part[0]);
                    referenced.add(part[2]);
                });
                table.foreignKeys.add(String.join(",", columns) + " -> " + first[1] + " (" + String.join(",", referenced)
                        + ") ON DELETE " + action(dialect, first[3]) + " ON UPDATE " + action(dialect, first[4]));
            }
            Map<String, TreeMap<Integer, String>> indexes = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            try (ResultSet rows = meta.getIndexInfo(catalog, schema, table.name, false, true)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (name == null || column == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                        continue;
                    }
                    indexes.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rows.getShort("ORDINAL_POSITION"),
                            lower(column));
                    unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                }
            }
            for (Map.Entry<String, TreeMap<Integer, String>> index : indexes.entrySet()) {
                String lowerName = lower(index.getKey());
                if (ownIndexes.stream().anyMatch(prefix -> lowerName.startsWith(prefix)
                        && lowerName.substring(prefix.length()).chars().allMatch(Character::isLetterOrDigit))) {
                    continue;
                }
                List<String> columns = new ArrayList<>(index.getValue().values());
                if (unique.get(index.getKey())) {
                    if (!columns.equals(table.primaryKey)) {
                        table.uniques.add(String.join(",", columns));
                    }
                } else {
                    table.indexes.add(lower(index.getKey()) + " (" + String.join(",", columns) + ")");
                }
            }
        }

        private static String rule(short rule) {
            return switch (rule) {
                case DatabaseMetaData.importedKeyCascade -> "CASCADE";
                case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
                case DatabaseMetaData.importedKeySetNull -> "SET NULL";
                case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
                default -> "NO ACTION";
            };
        }
    }

}
