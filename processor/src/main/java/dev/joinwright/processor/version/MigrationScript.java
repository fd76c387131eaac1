package dev.joinwright.processor.version;

import dev.joinwright.processor.sql.DdlColumn;
import dev.joinwright.processor.sql.DdlForeignKey;
import dev.joinwright.processor.sql.DdlIndex;
import dev.joinwright.processor.sql.DdlTable;
import dev.joinwright.processor.sql.DdlUnique;
import dev.joinwright.processor.sql.DialectDdl;
import dev.joinwright.processor.sql.SqlDialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements that migrate a database from one snapshot to the next in one dialect, ordered so
 * that every FK is valid at every step: FKs that go are dropped first, then unique constraints and
 * indexes, then tables; renames, dropped, changed and added columns follow; new tables are created
 * in creation order; new constraints, indexes and FKs come last. Where an FK holds the index on its
 * column (H2, MySQL) and that index goes, the FK is dropped before and added again after.
 *
 * <p>SQLite, which cannot alter most of a table, rebuilds every table whose {@code CREATE TABLE}
 * changes, by the procedure of its documentation: foreign keys off, in one transaction a new
 * table, the rows copied, the old table dropped, the new one renamed, its indexes created again,
 * then every FK checked (a violation fails the script), commit, foreign keys on. The transaction is
 * a savepoint, {@code SAVEPOINT}/{@code RELEASE}, which Flyway's parser does not mistake for a block. Since SQLite
 * ignores {@code PRAGMA foreign_keys} inside a transaction, the script runs outside Flyway's
 * transaction ({@link #nonTransactional}).
 */
final class MigrationScript {
    /** The prefix of the table a SQLite rebuild creates before it takes the old table's name. */
    static final String REBUILD_PREFIX = "jw_new_";
    /** The temporary table whose CHECK fails a SQLite script that leaves an FK violated. */
    static final String CHECK_TABLE = "jw_foreign_key_check";

    /** The savepoint that makes a SQLite rebuild one transaction (the outermost one: its release commits). */
    static final String SAVEPOINT = "jw_migration";

    private final SqlDialect dialect;
    private final DialectDdl ddl;

    private MigrationScript(SqlDialect dialect) {
        this.dialect = dialect;
        this.ddl = dialect.ddl();
    }

    /** The statements of {@code diff} in {@code dialect}, without terminators. */
    static List<String> statements(SchemaDiff diff, SqlDialect dialect) {
        MigrationScript script = new MigrationScript(dialect);
        return dialect.ddl().rebuildsTables() ? script.rebuilding(diff) : script.altering(diff);
    }

    /** Whether the dialect's scripts must run outside a transaction (a Flyway script configuration). */
    static boolean nonTransactional(SqlDialect dialect) {
        return dialect.ddl().rebuildsTables();
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }

    private List<String> altering(SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        List<DdlForeignKey> droppedFks = new ArrayList<>();
        List<DdlForeignKey> addedFks = new ArrayList<>();
        for (DdlTable table : diff.dropped()) {
            droppedFks.addAll(table.foreignKeys());
        }
        for (SchemaDiff.Kept table : diff.kept()) {
            droppedFks.addAll(table.droppedForeignKeys());
            addedFks.addAll(table.addedForeignKeys());
            if (ddl.foreignKeyHoldsIndex()) {
                for (DdlIndex index : table.droppedIndexes()) {
                    for (DdlForeignKey fk : table.before().foreignKeys()) {
                        if (index.columns().get(0).equals(fk.column()) && !table.droppedForeignKeys().contains(fk)
                                && !droppedFks.contains(fk)) {
                            droppedFks.add(fk);
                            table.after().foreignKeys().stream().filter(n -> n.name().equals(fk.name())).findFirst()
                                    .ifPresent(addedFks::add);
                        }
                    }
                }
            }
        }
        for (DdlForeignKey fk : droppedFks) {
            out.add(ddl.dropForeignKey(q(fk.table()), q(fk.name()))); // the table's old name: renames come later
        }
        for (SchemaDiff.Kept table : diff.kept()) {
            String name = q(table.before().name());
            table.droppedChecks().forEach(c -> out.add(ddl.dropCheck(name, q(c.name()))));
            table.droppedUniques().forEach(u -> out.add(ddl.dropUnique(name, q(u.name()))));
            table.droppedIndexes().forEach(i -> out.add(ddl.dropIndex(name, q(i.name()))));
        }
        if (!diff.dropped().isEmpty()) {
            List<String> dropped = new ArrayList<>();
            for (int i = diff.dropped().size() - 1; i >= 0; i--) {
                dropped.add(q(diff.dropped().get(i).name()));
            }
            dropped.forEach(t -> out.add("DROP TABLE " + t));
        }
        for (SchemaDiff.Kept table : diff.kept()) {
            String name = q(table.after().name());
            if (table.renamed()) {
                out.add(ddl.renameTable(q(table.before().name()), name));
            }
            if (!table.before().primaryKeyName().equals(table.after().primaryKeyName())) {
                String rename = ddl.renamePrimaryKey(name, q(table.before().primaryKeyName()),
                        q(table.after().primaryKeyName()));
                if (rename != null) {
                    out.add(rename);
                }
            }
            table.renamedColumns().forEach((was, now) -> out.add(ddl.renameColumn(name, q(was), q(now))));
            table.droppedColumns().forEach(c -> out.add(ddl.dropColumn(name, q(c.name()))));
            for (SchemaDiff.Altered change : table.altered()) {
                DdlColumn after = change.after();
                if (!change.before().notNull() && after.notNull() && after.defaultValue().isPresent()) {
                    out.add("UPDATE " + name + " SET " + q(after.name()) + " = " + ddl.defaultExpression(after)
                            + " WHERE " + q(after.name()) + " IS NULL");
                }
                out.addAll(ddl.alterColumn(name, change.before(), after, q(after.name())));
            }
            table.addedColumns().forEach(c -> out.add(ddl.addColumn(name, c.definition(dialect))));
        }
        for (DdlTable table : diff.added()) {
            out.addAll(table.createStatements(dialect));
            table.deferredForeignKeys(dialect).forEach(addedFks::add);
        }
        for (SchemaDiff.Kept table : diff.kept()) {
            String name = q(table.after().name());
            table.addedUniques().forEach(u -> out.add(ddl.addUnique(name, u.definition(dialect))));
            table.addedChecks().forEach(c -> out.add(ddl.addUnique(name, c.definition(dialect))));
            table.addedIndexes().forEach(i -> out.add(i.createStatement(dialect)));
        }
        Set<DdlForeignKey> unique = new LinkedHashSet<>(addedFks);
        unique.forEach(fk -> out.add(fk.addStatement(dialect)));
        return out;
    }

    private List<String> rebuilding(SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        out.add("PRAGMA foreign_keys = OFF");
        out.add("SAVEPOINT " + SAVEPOINT); // BEGIN, in a shape Flyway's parser does not take for a block
        List<SchemaDiff.Kept> rebuilt = diff.kept().stream()
                .filter(k -> !k.before().createStatement(dialect).equals(k.after().createStatement(dialect)))
                .toList();
        for (SchemaDiff.Kept table : diff.kept()) {
            if (!rebuilt.contains(table)) {
                table.droppedIndexes().forEach(i -> out.add(ddl.dropIndex(q(table.before().name()), q(i.name()))));
            }
        }
        for (int i = diff.dropped().size() - 1; i >= 0; i--) {
            out.add("DROP TABLE " + q(diff.dropped().get(i).name()));
        }
        for (SchemaDiff.Kept table : rebuilt) {
            out.addAll(rebuild(table));
        }
        for (SchemaDiff.Kept table : diff.kept()) {
            if (!rebuilt.contains(table)) {
                table.addedIndexes().forEach(i -> out.add(i.createStatement(dialect)));
            }
        }
        for (DdlTable table : diff.added()) {
            out.addAll(table.createStatements(dialect));
        }
        out.add("CREATE TEMP TABLE " + CHECK_TABLE + " (violations INTEGER NOT NULL CHECK (violations = 0))");
        out.add("INSERT INTO " + CHECK_TABLE + " SELECT COUNT(*) FROM pragma_foreign_key_check");
        out.add("DROP TABLE " + CHECK_TABLE);
        out.add("RELEASE " + SAVEPOINT);
        out.add("PRAGMA foreign_keys = ON");
        return out;
    }

    /** New table, copy, drop, rename, indexes (SQLite's "other kinds of table schema changes"). */
    private List<String> rebuild(SchemaDiff.Kept table) {
        DdlTable after = table.after();
        String temporary = REBUILD_PREFIX + after.name();
        DdlTable staging = new DdlTable(temporary, after.columns(), after.primaryKeyName(), after.primaryKey(),
                after.uniques(), after.foreignKeys(), List.of(), after.checks());
        List<String> out = new ArrayList<>();
        out.add(staging.createStatement(dialect));
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (DdlColumn column : after.columns()) {
            String source = table.columnSources().get(column.name());
            if (source != null) {
                targets.add(q(column.name()));
                DdlColumn old = table.before().columns().stream().filter(c -> c.name().equals(source)).findFirst()
                        .orElseThrow();
                boolean fill = !old.notNull() && column.notNull() && column.defaultValue().isPresent();
                sources.add(fill ? "COALESCE(" + q(source) + ", " + ddl.defaultExpression(column) + ")" : q(source));
            }
        }
        if (!targets.isEmpty()) {
            out.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + q(table.before().name()));
        }
        out.add("DROP TABLE " + q(table.before().name()));
        out.add(ddl.renameTable(q(temporary), q(after.name())));
        after.indexes().forEach(i -> out.add(i.createStatement(dialect)));
        return out;
    }

    /** The header of a migration script. */
    static List<String> header(SqlDialect dialect, int version) {
        return List.of("Joinwright migration to schema version " + version + " for " + dialect.displayName()
                        + " (dialect " + dialect.id() + "), from snapshots " + (version - 1) + " and " + version + ".",
                "Generated by the Joinwright annotation processor from the snapshots; review it, do not edit it.");
    }

    static String joined(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
