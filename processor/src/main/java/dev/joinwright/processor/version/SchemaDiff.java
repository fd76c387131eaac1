package dev.joinwright.processor.version;

import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.sql.DdlCheck;
import dev.joinwright.processor.sql.DdlColumn;
import dev.joinwright.processor.sql.DdlForeignKey;
import dev.joinwright.processor.sql.DdlIndex;
import dev.joinwright.processor.sql.DdlTable;
import dev.joinwright.processor.sql.DdlUnique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What changes from one snapshot to the next, dialect-neutral: tables added, dropped and kept
 * (renamed or not), and for each kept table its columns, constraints and indexes. Constraints are
 * matched by name and definition (old column and table names read through the renames), so a
 * rename that changes a derived constraint name drops the old constraint and adds the new one.
 * It also lists the changes that could lose data ({@link Unsafe}): a NOT NULL column is safe to add,
 * or to make NOT NULL, when it has a default that fills the existing rows.
 *
 * @param added the new tables, in creation order
 * @param dropped the tables that go, in the old creation order
 * @param kept every table in both versions, in the new creation order
 */
record SchemaDiff(List<DdlTable> added, List<DdlTable> dropped, List<Kept> kept) {

    /** A change that could lose data, or one the migration cannot make. */
    enum UnsafeKind { TABLE_DROPPED, COLUMN_DROPPED, NOT_NULL_ADDED, MADE_NOT_NULL, NARROWED, TYPE_CHANGED, KEY_CHANGED }

    /**
     * One unsafe change.
     *
     * @param table the table (its new name, or its old one when dropped)
     * @param column the column, or {@code null} for a table
     * @param before what it was, for the message
     * @param after what it becomes
     */
    record Unsafe(UnsafeKind kind, String table, String column, String before, String after) {}

    /** A column of both versions whose definition changes. */
    record Altered(DdlColumn before, DdlColumn after) {
        boolean typeChanged() {
            return before.type() != after.type() || before.length() != after.length()
                    || before.precision() != after.precision() || before.scale() != after.scale();
        }

        boolean nullabilityChanged() {
            return before.notNull() != after.notNull();
        }

        boolean defaultChanged() {
            return !before.defaultValue().equals(after.defaultValue());
        }
    }

    /**
     * A table of both versions.
     *
     * @param before the old table
     * @param after the new table
     * @param columnSources each new column's old name, for the columns that existed
     * @param renamedColumns old name to new name, for renamed columns
     */
    record Kept(DdlTable before, DdlTable after, Map<String, String> columnSources, Map<String, String> renamedColumns,
            List<DdlColumn> addedColumns, List<DdlColumn> droppedColumns, List<Altered> altered,
            List<DdlForeignKey> droppedForeignKeys, List<DdlForeignKey> addedForeignKeys,
            List<DdlUnique> droppedUniques, List<DdlUnique> addedUniques,
            List<DdlIndex> droppedIndexes, List<DdlIndex> addedIndexes,
            List<DdlCheck> droppedChecks, List<DdlCheck> addedChecks) {

        boolean renamed() {
            return !before.name().equals(after.name());
        }

        boolean changed() {
            return renamed() || !renamedColumns.isEmpty() || !addedColumns.isEmpty() || !droppedColumns.isEmpty()
                    || !altered.isEmpty() || !droppedForeignKeys.isEmpty() || !addedForeignKeys.isEmpty()
                    || !droppedUniques.isEmpty() || !addedUniques.isEmpty() || !droppedIndexes.isEmpty()
                    || !addedIndexes.isEmpty() || !droppedChecks.isEmpty() || !addedChecks.isEmpty()
                    || !before.primaryKeyName().equals(after.primaryKeyName());
        }
    }

    boolean isEmpty() {
        return added.isEmpty() && dropped.isEmpty() && kept.stream().noneMatch(Kept::changed);
    }

    /** The difference from {@code before} to {@code after}, reading renames from {@code after}. */
    static SchemaDiff between(Snapshot before, Snapshot after) {
        Map<String, DdlTable> old = new LinkedHashMap<>();
        before.ddl().tables().forEach(t -> old.put(t.name(), t));
        Map<String, String> tableNames = new LinkedHashMap<>(); // old name -> new name
        List<DdlTable> added = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (DdlTable table : after.ddl().tables()) {
            String previous = old.containsKey(table.name()) ? table.name() : after.previousTableName(table.name());
            if (old.containsKey(previous) && !tableNames.containsKey(previous)) {
                tableNames.put(previous, table.name());
            } else {
                added.add(table);
            }
        }
        for (DdlTable table : after.ddl().tables()) {
            tableNames.entrySet().stream().filter(e -> e.getValue().equals(table.name())).findFirst()
                    .ifPresent(e -> kept.add(kept(old.get(e.getKey()), table, after, tableNames)));
        }
        List<DdlTable> dropped = before.ddl().tables().stream().filter(t -> !tableNames.containsKey(t.name())).toList();
        return new SchemaDiff(added, dropped, kept);
    }

    private static Kept kept(DdlTable before, DdlTable after, Snapshot snapshot, Map<String, String> tableNames) {
        Map<String, DdlColumn> oldColumns = new LinkedHashMap<>();
        before.columns().forEach(c -> oldColumns.put(c.name(), c));
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        List<DdlColumn> addedColumns = new ArrayList<>();
        List<Altered> altered = new ArrayList<>();
        for (DdlColumn column : after.columns()) {
            String previous = oldColumns.containsKey(column.name()) ? column.name()
                    : snapshot.previousColumnName(after.name(), column.name());
            DdlColumn old = oldColumns.get(previous);
            if (old == null || sources.containsValue(previous)) {
                addedColumns.add(column);
                continue;
            }
            sources.put(column.name(), previous);
            if (!previous.equals(column.name())) {
                renamed.put(previous, column.name());
            }
            Altered change = new Altered(old, column);
            if (change.typeChanged() || change.nullabilityChanged() || change.defaultChanged()
                    || old.identity() != column.identity()) {
                altered.add(change);
            }
        }
        List<DdlColumn> droppedColumns = before.columns().stream().filter(c -> !sources.containsValue(c.name())).toList();
        Map<String, String> columnNames = new LinkedHashMap<>();
        sources.forEach((now, was) -> columnNames.put(was, now));
        Naming naming = new Naming(before.name(), tableNames, columnNames);
        List<DdlForeignKey> droppedFks = new ArrayList<>();
        List<DdlForeignKey> addedFks = new ArrayList<>(after.foreignKeys());
        pair(before.foreignKeys(), addedFks, droppedFks, naming::sameForeignKey);
        List<DdlUnique> droppedUniques = new ArrayList<>();
        List<DdlUnique> addedUniques = new ArrayList<>(after.uniques());
        pair(before.uniques(), addedUniques, droppedUniques,
                (was, now) -> now.name().equals(was.name()) && now.columns().equals(naming.columns(was.columns())));
        List<DdlIndex> droppedIndexes = new ArrayList<>();
        List<DdlIndex> addedIndexes = new ArrayList<>(after.indexes());
        pair(before.indexes(), addedIndexes, droppedIndexes,
                (was, now) -> now.name().equals(was.name()) && now.columns().equals(naming.columns(was.columns())));
        List<DdlCheck> droppedChecks = new ArrayList<>();
        List<DdlCheck> addedChecks = new ArrayList<>(after.checks());
        pair(before.checks(), addedChecks, droppedChecks,
                (was, now) -> now.name().equals(was.name()) && now.column().equals(naming.column(was.column()))
                        && now.values().equals(was.values()));
        return new Kept(before, after, sources, renamed, addedColumns, droppedColumns, altered, droppedFks, addedFks,
                droppedUniques, addedUniques, droppedIndexes, addedIndexes, droppedChecks, addedChecks);
    }

    /** Old names read as new ones: the tables and the columns of one table. */
    private record Naming(String table, Map<String, String> tables, Map<String, String> columns) {
        String column(String old) {
            return columns.getOrDefault(old, "\0" + old); // a dropped column matches nothing
        }

        List<String> columns(List<String> old) {
            return old.stream().map(this::column).toList();
        }

        boolean sameForeignKey(DdlForeignKey old, DdlForeignKey now) {
            String referenced = tables.getOrDefault(old.referencedTable(), old.referencedTable());
            return old.name().equals(now.name()) && columns(old.columns()).equals(now.columns())
                    && referenced.equals(now.referencedTable())
                    && old.referencedColumns().equals(now.referencedColumns()) // a key rename is a key change
                    && old.onDelete() == now.onDelete() && old.onUpdate() == now.onUpdate()
                    && old.closesCycle() == now.closesCycle();
        }
    }

    /** The changes of this diff that could lose data, or that no migration makes. */
    List<Unsafe> unsafe() {
        List<Unsafe> unsafe = new ArrayList<>();
        for (DdlTable table : dropped) {
            unsafe.add(new Unsafe(UnsafeKind.TABLE_DROPPED, table.name(), null, null, null));
        }
        for (Kept table : kept) {
            String name = table.after().name();
            List<String> oldKey = table.before().primaryKey().stream()
                    .map(c -> table.columnSources().entrySet().stream().filter(e -> e.getValue().equals(c))
                            .map(Map.Entry::getKey).findFirst().orElse("\0" + c))
                    .toList();
            if (!oldKey.equals(table.after().primaryKey())) {
                unsafe.add(new Unsafe(UnsafeKind.KEY_CHANGED, name, null, String.join(", ", table.before().primaryKey()),
                        String.join(", ", table.after().primaryKey())));
            }
            for (DdlColumn column : table.droppedColumns()) {
                unsafe.add(new Unsafe(UnsafeKind.COLUMN_DROPPED, name, column.name(), null, null));
            }
            for (DdlColumn column : table.addedColumns()) {
                if (column.notNull() && !column.identity() && column.defaultValue().isEmpty()) {
                    unsafe.add(new Unsafe(UnsafeKind.NOT_NULL_ADDED, name, column.name(), null, null));
                }
            }
            for (Altered change : table.altered()) {
                String column = change.after().name();
                if (change.before().identity() != change.after().identity()) {
                    unsafe.add(new Unsafe(UnsafeKind.TYPE_CHANGED, name, column, describe(change.before()),
                            describe(change.after())));
                } else if (change.typeChanged()) {
                    Widening widening = widening(change.before(), change.after());
                    if (widening == Widening.OTHER) {
                        unsafe.add(new Unsafe(UnsafeKind.TYPE_CHANGED, name, column, describe(change.before()),
                                describe(change.after())));
                    } else if (widening == Widening.NARROWER) {
                        unsafe.add(new Unsafe(UnsafeKind.NARROWED, name, column, describe(change.before()),
                                describe(change.after())));
                    }
                }
                if (!change.before().notNull() && change.after().notNull() && change.after().defaultValue().isEmpty()) {
                    unsafe.add(new Unsafe(UnsafeKind.MADE_NOT_NULL, name, column, null, null));
                }
            }
        }
        return unsafe;
    }

    private enum Widening { WIDER, NARROWER, OTHER }

    private static Widening widening(DdlColumn before, DdlColumn after) {
        ColumnType from = before.type();
        ColumnType to = after.type();
        if (from == to) {
            if (SnapshotJson.hasLength(from)) {
                return after.length() >= before.length() ? Widening.WIDER : Widening.NARROWER;
            }
            if (from == ColumnType.BIG_DECIMAL) {
                boolean wider = after.scale() >= before.scale()
                        && after.precision() - after.scale() >= before.precision() - before.scale();
                return wider ? Widening.WIDER : Widening.NARROWER;
            }
            return Widening.WIDER;
        }
        List<ColumnType> integers = List.of(ColumnType.SHORT, ColumnType.INT, ColumnType.LONG);
        if (integers.contains(from) && integers.contains(to)) {
            return integers.indexOf(to) > integers.indexOf(from) ? Widening.WIDER : Widening.NARROWER;
        }
        if (from == ColumnType.FLOAT && to == ColumnType.DOUBLE) {
            return Widening.WIDER;
        }
        if (from == ColumnType.DOUBLE && to == ColumnType.FLOAT) {
            return Widening.NARROWER;
        }
        return Widening.OTHER;
    }

    /** A column's type for a message: {@code STRING(120)}, {@code BIG_DECIMAL(12,2)}, {@code LONG}. */
    static String describe(DdlColumn column) {
        String type = column.type().name();
        if (SnapshotJson.hasLength(column.type())) {
            type += "(" + column.length() + ")";
        } else if (column.type() == ColumnType.BIG_DECIMAL) {
            type += "(" + column.precision() + "," + column.scale() + ")";
        }
        return type + (column.identity() ? " generated" : "");
    }

    /** A line per change, for the frozen-version message: {@code added column course.max_seats}. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        added.forEach(t -> lines.add("added table " + t.name()));
        dropped.forEach(t -> lines.add("dropped table " + t.name()));
        for (Kept t : kept) {
            String name = t.after().name();
            if (t.renamed()) {
                lines.add("renamed table " + t.before().name() + " to " + name);
            }
            t.renamedColumns().forEach((was, now) -> lines.add("renamed column " + name + "." + was + " to " + now));
            t.addedColumns().forEach(c -> lines.add("added column " + name + "." + c.name()));
            t.droppedColumns().forEach(c -> lines.add("dropped column " + name + "." + c.name()));
            for (Altered a : t.altered()) {
                if (a.typeChanged() || a.before().identity() != a.after().identity()) {
                    lines.add("changed column " + name + "." + a.after().name() + " from " + describe(a.before())
                            + " to " + describe(a.after()));
                }
                if (a.defaultChanged()) {
                    lines.add("changed the default of column " + name + "." + a.after().name());
                }
                if (a.nullabilityChanged()) {
                    lines.add("made column " + name + "." + a.after().name() + (a.after().notNull() ? " NOT NULL" : " nullable"));
                }
            }
            t.droppedForeignKeys().forEach(fk -> lines.add("dropped foreign key " + fk.name()));
            t.addedForeignKeys().forEach(fk -> lines.add("added foreign key " + fk.name()));
            t.droppedUniques().forEach(u -> lines.add("dropped unique constraint " + u.name()));
            t.addedUniques().forEach(u -> lines.add("added unique constraint " + u.name()));
            t.droppedIndexes().forEach(i -> lines.add("dropped index " + i.name()));
            t.addedIndexes().forEach(i -> lines.add("added index " + i.name()));
            t.droppedChecks().forEach(c -> lines.add("dropped check constraint " + c.name()));
            t.addedChecks().forEach(c -> lines.add("added check constraint " + c.name()));
        }
        return lines;
    }

    /**
     * Pairs each of a table's previous definitions with an equal one of the new version: a pair is
     * removed from {@code added} (it stays), a previous one without a pair goes to {@code dropped};
     * what is left in {@code added} is new.
     */
    private static <T> void pair(List<T> previous, List<T> added, List<T> dropped, BiPredicate<T, T> same) {
        for (T was : previous) {
            Optional<T> now = added.stream().filter(candidate -> same.test(was, candidate)).findFirst();
            now.ifPresentOrElse(added::remove, () -> dropped.add(was));
        }
    }
}
