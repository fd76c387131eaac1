package dev.joinwright.processor.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A named check that a column holds one of a set of texts: an enum column's constants.
 *
 * @param name the constraint name, unique in the schema
 * @param column the column
 * @param values the allowed values, in declaration order
 */
public record DdlCheck(String name, String column, List<String> values) {

    public DdlCheck {
        values = List.copyOf(values);
    }

    /** {@code CONSTRAINT ck_member_role CHECK (role IN ('READER', 'EDITOR'))}. */
    public String definition(SqlDialect dialect) {
        return "CONSTRAINT " + dialect.quote(name) + " CHECK (" + dialect.quote(column) + " IN ("
                + values.stream().map(dialect.ddl()::stringLiteral).collect(Collectors.joining(", ")) + "))";
    }
}
