package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.ReferentialAction;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An FK constraint: one column, or the columns of a composite FK in the order of the referenced key.
 *
 * @param name the constraint name, unique in the schema
 * @param table the referencing table
 * @param columns the referencing columns, each matching the referenced column at its position
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns (the referenced table's key, in key order)
 * @param onDelete the {@code ON DELETE} action
 * @param onUpdate the {@code ON UPDATE} action
 * @param closesCycle whether the FK is part of a cycle between tables, so that it is added after
 *     all tables exist (or declared inline and deferred where the dialect cannot do that)
 */
public record DdlForeignKey(String name, String table, List<String> columns, String referencedTable,
        List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate, boolean closesCycle) {

    public DdlForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.size() != referencedColumns.size() || columns.isEmpty()) {
            throw new IllegalArgumentException("FK " + name + " pairs " + columns + " with " + referencedColumns);
        }
    }

    /** Whether this FK is declared inside its table's {@code CREATE TABLE} in this dialect. */
    public boolean inline(SqlDialect dialect) {
        return !closesCycle || !dialect.ddl().altersCycleForeignKeys();
    }

    /**
     * The constraint as a table element or after {@code ADD}: {@code CONSTRAINT fk_content_owner_id
     * FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE}.
     */
    public String definition(SqlDialect dialect) {
        StringBuilder sql = new StringBuilder()
                .append("CONSTRAINT ").append(dialect.quote(name))
                .append(" FOREIGN KEY (").append(quoted(dialect, columns)).append(')')
                .append(" REFERENCES ").append(dialect.quote(referencedTable))
                .append(" (").append(quoted(dialect, referencedColumns)).append(')');
        if (onDelete != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(onDelete.sql());
        }
        if (onUpdate != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(onUpdate.sql());
        }
        if (closesCycle) {
            sql.append(dialect.ddl().deferredForeignKey());
        }
        return sql.toString();
    }

    private static String quoted(SqlDialect dialect, List<String> names) {
        return names.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT ...}, for an FK that is not inline. */
    public String addStatement(SqlDialect dialect) {
        return "ALTER TABLE " + dialect.quote(table) + " ADD " + definition(dialect);
    }

    /** The statement that drops this constraint. */
    public String dropStatement(SqlDialect dialect) {
        return dialect.ddl().dropForeignKey(dialect.quote(table), dialect.quote(name));
    }
}
