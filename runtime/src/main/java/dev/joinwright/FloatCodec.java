package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code float} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Float>} it serves nullable ones.
 */
public interface FloatCodec extends Codec<Float> {
    /** Binds a NOT NULL value. */
    void setFloat(PreparedStatement ps, int index, float value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code 0}, as in JDBC. */
    float getFloat(ResultSet rs, int index) throws SQLException;
}
