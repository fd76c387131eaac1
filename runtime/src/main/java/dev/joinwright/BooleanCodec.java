package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of {@code boolean} columns, with methods that do not box for NOT NULL columns; as a
 * {@code Codec<Boolean>} it serves nullable ones.
 */
public interface BooleanCodec extends Codec<Boolean> {
    /** Binds a NOT NULL value. */
    void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException;

    /** Reads a NOT NULL column; SQL NULL reads as {@code false}, as in JDBC. */
    boolean getBoolean(ResultSet rs, int index) throws SQLException;
}
