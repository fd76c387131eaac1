package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code int} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Integer>} it serves nullable ones.
 */
public interface IntCodec extends Codec<Integer> {
    /** Binds a NOT NULL value. */
    void setInt(PreparedStatement ps, int index, int value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code 0}, as in JDBC. */
    int getInt(ResultSet rs, int index) throws SQLException;
}
