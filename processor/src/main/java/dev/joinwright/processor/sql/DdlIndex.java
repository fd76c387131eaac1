package dev.joinwright.processor.sql;

/**
 * A plain (non-unique) index on one column, created for every FK column that does not already
 * lead the primary key or a unique constraint (PostgreSQL and SQLite do not index FKs).
 *
 * @param name the index name, unique in the schema (PostgreSQL indexes share the table namespace)
 * @param table the indexed table
 * @param column the indexed column
 */
public record DdlIndex(String name, String table, String column) {

    /** {@code CREATE INDEX ix_content_owner_id ON content (owner_id)}. */
    public String createStatement(SqlDialect dialect) {
        return "CREATE INDEX " + dialect.quote(name) + " ON " + dialect.quote(table)
                + " (" + dialect.quote(column) + ")";
    }
}
