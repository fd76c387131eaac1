package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code long} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Long>} it serves nullable ones.
 */
public interface LongCodec extends Codec<Long> {
    /** Binds a NOT NULL value. */
    void setLong(PreparedStatement ps, int index, long value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code 0}, as in JDBC. */
    long getLong(ResultSet rs, int index) throws SQLException;
}
