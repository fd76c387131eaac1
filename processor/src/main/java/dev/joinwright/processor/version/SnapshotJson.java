package dev.joinwright.processor.version;

import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.DefaultValue;
import dev.joinwright.processor.model.ReferentialAction;
import dev.joinwright.processor.sql.DdlCheck;
import dev.joinwright.processor.sql.DdlColumn;
import dev.joinwright.processor.sql.DdlForeignKey;
import dev.joinwright.processor.sql.DdlIndex;
import dev.joinwright.processor.sql.DdlTable;
import dev.joinwright.processor.sql.DdlUnique;
import dev.joinwright.processor.sql.SchemaDdl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link Snapshot} as its canonical JSON file and back. Tables are in creation order and columns
 * in declaration order (both part of the schema); every object's keys are sorted; a column carries
 * {@code length} only for strings and enums, {@code precision} and {@code scale} only for
 * decimals, {@code default} only when it has one. Constraint column lists are arrays, so that
 * composite keys need no new format.
 */
final class SnapshotJson {
    private SnapshotJson() {}

    static String write(String schemaClass, Snapshot snapshot) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", Snapshot.FORMAT);
        root.put("schema", schemaClass);
        root.put("version", snapshot.version());
        root.put("drops", snapshot.drops());
        List<Object> tables = new ArrayList<>();
        for (DdlTable table : snapshot.ddl().tables()) {
            tables.add(table(table, snapshot));
        }
        root.put("tables", tables);
        return Json.write(root);
    }

    private static Map<String, Object> table(DdlTable table, Snapshot snapshot) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", table.name());
        String previous = snapshot.tableRenames().get(table.name());
        if (previous != null) {
            json.put("renamedFrom", previous);
        }
        List<Object> columns = new ArrayList<>();
        Map<String, String> renames = snapshot.columnRenames().getOrDefault(table.name(), Map.of());
        for (DdlColumn column : table.columns()) {
            Map<String, Object> c = new TreeMap<>();
            c.put("name", column.name());
            c.put("type", column.type().name());
            if (hasLength(column.type())) {
                c.put("length", column.length());
            }
            if (column.type() == ColumnType.BIG_DECIMAL) {
                c.put("precision", column.precision());
                c.put("scale", column.scale());
            }
            c.put("notNull", column.notNull());
            c.put("identity", column.identity());
            column.defaultValue().ifPresent(d -> c.put("default", Map.of("kind", d.kind().name(), "value", d.value())));
            if (renames.containsKey(column.name())) {
                c.put("renamedFrom", renames.get(column.name()));
            }
            columns.add(c);
        }
        json.put("columns", columns);
        json.put("primaryKey", Map.of("name", table.primaryKeyName(), "columns", table.primaryKey()));
        json.put("uniques", table.uniques().stream()
                .map(u -> (Object) Map.of("name", u.name(), "columns", u.columns())).toList());
        json.put("foreignKeys", table.foreignKeys().stream().map(SnapshotJson::foreignKey).toList());
        json.put("indexes", table.indexes().stream()
                .map(i -> (Object) Map.of("name", i.name(), "columns", i.columns())).toList());
        json.put("checks", table.checks().stream()
                .map(c -> (Object) Map.of("name", c.name(), "column", c.column(), "values", c.values())).toList());
        return json;
    }

    private static Object foreignKey(DdlForeignKey fk) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", fk.name());
        json.put("columns", List.of(fk.column()));
        json.put("referencedTable", fk.referencedTable());
        json.put("referencedColumns", List.of(fk.referencedColumn()));
        json.put("onDelete", fk.onDelete().name());
        json.put("onUpdate", fk.onUpdate().name());
        json.put("closesCycle", fk.closesCycle());
        return json;
    }

    static boolean hasLength(ColumnType type) {
        return type == ColumnType.STRING || type == ColumnType.ENUM;
    }

    /** Reads a snapshot file; {@code expectedVersion} must be the version it says. */
    static Snapshot read(String text, int expectedVersion) throws Json.ParseException {
        Map<String, Object> root = object(Json.read(text), "the document");
        int format = integer(root, "format");
        if (format != Snapshot.FORMAT) {
            throw new Json.ParseException("snapshot format " + format + " is not " + Snapshot.FORMAT
                    + ", the one this processor reads", 0);
        }
        int version = integer(root, "version");
        if (version != expectedVersion) {
            throw new Json.ParseException("the file says version " + version, 0);
        }
        List<String> drops = strings(root, "drops");
        List<DdlTable> tables = new ArrayList<>();
        Map<String, String> tableRenames = new TreeMap<>();
        Map<String, Map<String, String>> columnRenames = new TreeMap<>();
        for (Object t : list(root, "tables")) {
            Map<String, Object> table = object(t, "a table");
            String name = string(table, "name");
            if (table.get("renamedFrom") instanceof String previous) {
                tableRenames.put(name, previous);
            }
            List<DdlColumn> columns = new ArrayList<>();
            for (Object c : list(table, "columns")) {
                Map<String, Object> column = object(c, "a column");
                ColumnType type = enumValue(ColumnType.class, string(column, "type"));
                String columnName = string(column, "name");
                columns.add(new DdlColumn(columnName, type,
                        hasLength(type) ? integer(column, "length") : dev.joinwright.processor.model.Column.DEFAULT_LENGTH,
                        type == ColumnType.BIG_DECIMAL ? integer(column, "precision")
                                : dev.joinwright.processor.model.Column.DEFAULT_PRECISION,
                        type == ColumnType.BIG_DECIMAL ? integer(column, "scale")
                                : dev.joinwright.processor.model.Column.DEFAULT_SCALE,
                        bool(column, "notNull"), bool(column, "identity"), defaultValue(column)));
                if (column.get("renamedFrom") instanceof String previous) {
                    columnRenames.computeIfAbsent(name, k -> new TreeMap<>()).put(columnName, previous);
                }
            }
            Map<String, Object> primaryKey = object(table.get("primaryKey"), "a primary key");
            List<DdlUnique> uniques = new ArrayList<>();
            for (Object u : list(table, "uniques")) {
                Map<String, Object> unique = object(u, "a unique constraint");
                uniques.add(new DdlUnique(string(unique, "name"), strings(unique, "columns")));
            }
            List<DdlForeignKey> foreignKeys = new ArrayList<>();
            for (Object f : list(table, "foreignKeys")) {
                Map<String, Object> fk = object(f, "a foreign key");
                foreignKeys.add(new DdlForeignKey(string(fk, "name"), name, single(fk, "columns"),
                        string(fk, "referencedTable"), single(fk, "referencedColumns"),
                        enumValue(ReferentialAction.class, string(fk, "onDelete")),
                        enumValue(ReferentialAction.class, string(fk, "onUpdate")), bool(fk, "closesCycle")));
            }
            List<DdlIndex> indexes = new ArrayList<>();
            for (Object i : list(table, "indexes")) {
                Map<String, Object> index = object(i, "an index");
                indexes.add(new DdlIndex(string(index, "name"), name, strings(index, "columns")));
            }
            List<DdlCheck> checks = new ArrayList<>();
            for (Object c : table.containsKey("checks") ? list(table, "checks") : List.of()) {
                Map<String, Object> check = object(c, "a check constraint");
                checks.add(new DdlCheck(string(check, "name"), string(check, "column"), strings(check, "values")));
            }
            tables.add(new DdlTable(name, columns, string(primaryKey, "name"), strings(primaryKey, "columns"),
                    uniques, foreignKeys, indexes, checks));
        }
        return new Snapshot(version, new SchemaDdl(tables), tableRenames, columnRenames, drops);
    }

    private static java.util.Optional<DefaultValue> defaultValue(Map<String, Object> column) throws Json.ParseException {
        if (!column.containsKey("default")) {
            return java.util.Optional.empty();
        }
        Map<String, Object> value = object(column.get("default"), "a default");
        return java.util.Optional.of(new DefaultValue(enumValue(DefaultValue.Kind.class, string(value, "kind")),
                string(value, "value")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws Json.ParseException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Json.ParseException(what + " is not an object", 0);
    }

    private static List<?> list(Map<String, Object> json, String key) throws Json.ParseException {
        if (json.get(key) instanceof List<?> list) {
            return list;
        }
        throw new Json.ParseException("\"" + key + "\" is not an array", 0);
    }

    private static List<String> strings(Map<String, Object> json, String key) throws Json.ParseException {
        List<String> strings = new ArrayList<>();
        for (Object o : list(json, key)) {
            if (!(o instanceof String s)) {
                throw new Json.ParseException("\"" + key + "\" holds a non-string", 0);
            }
            strings.add(s);
        }
        return strings;
    }

    private static String single(Map<String, Object> json, String key) throws Json.ParseException {
        List<String> strings = strings(json, key);
        if (strings.size() != 1) {
            throw new Json.ParseException("\"" + key + "\" must name one column", 0);
        }
        return strings.get(0);
    }

    private static String string(Map<String, Object> json, String key) throws Json.ParseException {
        if (json.get(key) instanceof String s) {
            return s;
        }
        throw new Json.ParseException("\"" + key + "\" is not a string", 0);
    }

    private static int integer(Map<String, Object> json, String key) throws Json.ParseException {
        if (json.get(key) instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw new Json.ParseException("\"" + key + "\" is not an integer", 0);
    }

    private static boolean bool(Map<String, Object> json, String key) throws Json.ParseException {
        if (json.get(key) instanceof Boolean b) {
            return b;
        }
        throw new Json.ParseException("\"" + key + "\" is not a boolean", 0);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) throws Json.ParseException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new Json.ParseException("\"" + name + "\" is not a " + type.getSimpleName(), 0);
        }
    }
}
