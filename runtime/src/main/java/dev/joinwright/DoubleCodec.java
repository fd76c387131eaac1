package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code double} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Double>} it serves nullable ones.
 */
public interface DoubleCodec extends Codec<Double> {
    /** Binds a NOT NULL value. */
    void setDouble(PreparedStatement ps, int index, double value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code 0}, as in JDBC. */
    double getDouble(ResultSet rs, int index) throws SQLException;
}
