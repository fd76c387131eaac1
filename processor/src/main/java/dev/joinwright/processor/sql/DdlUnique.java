package dev.joinwright.processor.sql;

/**
 * A named unique constraint on one column ({@code @Column(unique = true)}).
 *
 * @param name the constraint name, unique in the schema
 * @param column the column
 */
public record DdlUnique(String name, String column) {

    /** {@code CONSTRAINT uq_tags_name UNIQUE (name)}. */
    public String definition(SqlDialect dialect) {
        return "CONSTRAINT " + dialect.quote(name) + " UNIQUE (" + dialect.quote(column) + ")";
    }
}
