package dev.joinwright.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds the parameters of one batch entry from an item. Internal: for generated code only.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface ItemBinder<T> {
    /** Sets the parameters of {@code ps}, starting at index 1, from {@code item}. */
    void bind(PreparedStatement ps, T item) throws SQLException;
}
