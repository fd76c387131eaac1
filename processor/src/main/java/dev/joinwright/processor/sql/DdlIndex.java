package dev.joinwright.processor.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plain (non-unique) index: one declared with {@code @Index}, or one created for every FK column
 * that does not already lead the primary key, a unique constraint or another index (PostgreSQL and
 * SQLite do not index FKs).
 *
 * @param name the index name, unique in the schema (PostgreSQL indexes share the table namespace)
 * @param table the indexed table
 * @param columns the indexed columns, in index order
 */
public record DdlIndex(String name, String table, List<String> columns) {

    public DdlIndex {
        columns = List.copyOf(columns);
    }

    /** {@code CREATE INDEX ix_content_owner_id ON content (owner_id)}. */
    public String createStatement(SqlDialect dialect) {
        return "CREATE INDEX " + dialect.quote(name) + " ON " + dialect.quote(table)
                + " (" + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ")";
    }
}
