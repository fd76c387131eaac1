package dev.joinwright.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds one value at a given parameter index, e.g. a key of {@link Jdbc#queryByKeys}: generated
 * code passes {@code (ps, i, key) -> codecs.longs().set(ps, i, key)}. Internal: for generated code
 * only.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ParameterBinder<T> {
    /** Sets parameter {@code index} (1-based) of {@code ps} to {@code value}. */
    void bind(PreparedStatement ps, int index, T value) throws SQLException;
}
