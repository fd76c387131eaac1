package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.ReferentialAction;

/**
 * An FK constraint of one column.
 *
 * @param name the constraint name, unique in the schema
 * @param table the referencing table
 * @param column the referencing column
 * @param referencedTable the referenced table
 * @param referencedColumn the referenced column
 * @param onDelete the {@code ON DELETE} action
 * @param onUpdate the {@code ON UPDATE} action
 * @param closesCycle whether the FK is part of a cycle between tables, so that it is added after
 *     all tables exist (or declared inline and deferred where the dialect cannot do that)
 */
public record DdlForeignKey(String name, String table, String column, String referencedTable,
        String referencedColumn, ReferentialAction onDelete, ReferentialAction onUpdate, boolean closesCycle) {

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
                .append(" FOREIGN KEY (").append(dialect.quote(column)).append(')')
                .append(" REFERENCES ").append(dialect.quote(referencedTable))
                .append(" (").append(dialect.quote(referencedColumn)).append(')');
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

    /** {@code ALTER TABLE ... ADD CONSTRAINT ...}, for an FK that is not inline. */
    public String addStatement(SqlDialect dialect) {
        return "ALTER TABLE " + dialect.quote(table) + " ADD " + definition(dialect);
    }

    /** The statement that drops this constraint. */
    public String dropStatement(SqlDialect dialect) {
        return dialect.ddl().dropForeignKey(dialect.quote(table), dialect.quote(name));
    }
}
