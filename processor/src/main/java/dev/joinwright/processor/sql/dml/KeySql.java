package dev.joinwright.processor.sql.dml;

import dev.joinwright.processor.sql.SqlDialect;

/**
 * The texts of one batched query by many keys: {@code inHead + "?, ?, …" + inTail} in chunks, and,
 * where the database takes an array parameter, {@code any} with the keys as one array.
 *
 * @param inHead the statement up to and including {@code IN (}
 * @param inTail what follows the placeholders, from {@code )}
 * @param any the same query with {@code = ANY(?)}
 */
public record KeySql(Sql inHead, Sql inTail, Sql any) {

    /**
     * {@code select WHERE (a, b) IN ((?, ?), …) tail} over composite keys ({@link SqlDialect#rowValuesIn});
     * no array form.
     */
    static KeySql rows(Sql select, Sql columns, Sql tail) {
        return new KeySql(
                d -> select.in(d) + " WHERE " + d.rowValuesIn(columns.in(d)),
                d -> ")" + tail.in(d),
                null);
    }

    /** {@code select WHERE key IN (…) tail} and {@code select WHERE key = ANY(?) tail}. */
    static KeySql of(Sql select, Sql key, Sql tail) {
        return new KeySql(
                d -> select.in(d) + " WHERE " + key.in(d) + " IN (",
                d -> ")" + tail.in(d),
                d -> select.in(d) + " WHERE " + key.in(d) + " = ANY(?)" + tail.in(d));
    }
}
