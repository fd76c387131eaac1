package dev.joinwright.internal;

/**
 * A query for the rows of many keys, in the two shapes {@link Jdbc#queryByKeys(dev.joinwright.Database,
 * KeyQuery, java.util.Collection, ParameterBinder, RowMapper)} chooses between: one array parameter
 * ({@code ... WHERE owner_id = ANY(?) ORDER BY id}) where the dialect
 * {@linkplain dev.joinwright.Dialect#supportsArrayParameters() supports it}, else an {@code IN} list
 * in chunks ({@code inHead + "?, ?, ..." + inTail}). Internal: generated DAOs hold one per batched
 * navigation method.
 *
 * @param inHead the SQL before the placeholders, ending in {@code IN (}
 * @param inTail the SQL after them, starting with {@code )}
 * @param anySql the whole statement with one array parameter, or {@code null} when the key type
 *     has no SQL array type
 * @param arrayType the SQL type name of the array's elements for {@code Connection.createArrayOf}
 *     ({@code bigint}, {@code varchar}, {@code uuid}), or {@code null}
 */
public record KeyQuery(String inHead, String inTail, String anySql, String arrayType) {}
