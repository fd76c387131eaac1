package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How one Java type is bound to a statement parameter and read from a result set on one dialect.
 * A {@link Database}'s codecs come from {@link Database#codecs()}: one per type, chosen once for
 * the dialect, so no call branches on the dialect again.
 *
 * <pre>{@code
 * Codec<Instant> instant = db.codecs().instant();
 * instant.set(ps, 1, Instant.now());         // null binds SQL NULL
 * Instant at = instant.get(rs, "taken_at");  // SQL NULL reads as null
 * }</pre>
 *
 * <p>A stored value a codec cannot read (an enum name that is not a constant, a malformed UUID,
 * unparseable temporal text) is an {@link UnreadableValueException} naming table, column and value.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
    /** Binds {@code value} to parameter {@code index} (1-based); {@code null} binds SQL NULL. */
    void set(PreparedStatement ps, int index, T value) throws SQLException;

    /**
     * Reads column {@code index} (1-based) of the current row; SQL NULL reads as {@code null}.
     *
     * @throws UnreadableValueException if the stored value is not one of this type
     */
    T get(ResultSet rs, int index) throws SQLException;

    /** Reads the column labelled {@code label}; see {@link #get(ResultSet, int)}. */
    default T get(ResultSet rs, String label) throws SQLException {
        return get(rs, rs.findColumn(label));
    }

    /**
     * {@code value} as the database compares it, for keys of maps that match rows the database
     * selected to the values asked for: two values with equal keys are equal to the database. The
     * value itself on most dialects; on MySQL/MariaDB a string without its trailing spaces, because
     * {@code VARCHAR} comparison there pads with spaces ({@code 'a' = 'a  '}) under every collation.
     */
    default T key(T value) {
        return value;
    }
}
