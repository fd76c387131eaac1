package dev.joinwright.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the current row of a result set, reading columns by index. Internal: for generated code only.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapper<T> {
    /** Maps the row {@code rs} is on; must not move the cursor. */
    T map(ResultSet rs) throws SQLException;
}
