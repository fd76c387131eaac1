package dev.joinwright.processor.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A named unique constraint: one column ({@code @Column(unique = true)}) or several, in the order
 * written ({@code @Unique({"lastName", "firstName"})}).
 *
 * @param name the constraint name, unique in the schema
 * @param columns the columns, in constraint order
 */
public record DdlUnique(String name, List<String> columns) {

    public DdlUnique {
        columns = List.copyOf(columns);
    }

    /** {@code CONSTRAINT uq_tags_name UNIQUE (name)}. */
    public String definition(SqlDialect dialect) {
        return "CONSTRAINT " + dialect.quote(name) + " UNIQUE ("
                + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ")";
    }
}
