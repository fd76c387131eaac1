package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code short} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Short>} it serves nullable ones.
 */
public interface ShortCodec extends Codec<Short> {
    /** Binds a NOT NULL value. */
    void setShort(PreparedStatement ps, int index, short value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code 0}, as in JDBC. */
    short getShort(ResultSet rs, int index) throws SQLException;
}
