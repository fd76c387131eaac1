package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The codecs of the primitive types and their boxes: the JDBC getters and setters, the same on
 * every dialect (SQLite stores {@code boolean} as the integers 0 and 1, which its driver does).
 */
final class PrimitiveCodecs {
    static final BooleanCodec BOOLEAN = new BooleanCodec() {
        @Override public void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
            ps.setBoolean(index, value);
        }
        @Override public boolean getBoolean(ResultSet rs, int index) throws SQLException {
            return rs.getBoolean(index);
        }
        @Override public void set(PreparedStatement ps, int index, Boolean value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.BOOLEAN);
            } else {
                ps.setBoolean(index, value);
            }
        }
        @Override public Boolean get(ResultSet rs, int index) throws SQLException {
            boolean value = rs.getBoolean(index);
            return rs.wasNull() ? null : value;
        }
    };

    static final ShortCodec SHORT = new ShortCodec() {
        @Override public void setShort(PreparedStatement ps, int index, short value) throws SQLException {
            ps.setShort(index, value);
        }
        @Override public short getShort(ResultSet rs, int index) throws SQLException {
            return rs.getShort(index);
        }
        @Override public void set(PreparedStatement ps, int index, Short value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.SMALLINT);
            } else {
                ps.setShort(index, value);
            }
        }
        @Override public Short get(ResultSet rs, int index) throws SQLException {
            short value = rs.getShort(index);
            return rs.wasNull() ? null : value;
        }
    };

    static final IntCodec INT = new IntCodec() {
        @Override public void setInt(PreparedStatement ps, int index, int value) throws SQLException {
            ps.setInt(index, value);
        }
        @Override public int getInt(ResultSet rs, int index) throws SQLException {
            return rs.getInt(index);
        }
        @Override public void set(PreparedStatement ps, int index, Integer value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.INTEGER);
            } else {
                ps.setInt(index, value);
            }
        }
        @Override public Integer get(ResultSet rs, int index) throws SQLException {
            int value = rs.getInt(index);
            return rs.wasNull() ? null : value;
        }
    };

    static final LongCodec LONG = new LongCodec() {
        @Override public void setLong(PreparedStatement ps, int index, long value) throws SQLException {
            ps.setLong(index, value);
        }
        @Override public long getLong(ResultSet rs, int index) throws SQLException {
            return rs.getLong(index);
        }
        @Override public void set(PreparedStatement ps, int index, Long value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, value);
            }
        }
        @Override public Long get(ResultSet rs, int index) throws SQLException {
            long value = rs.getLong(index);
            return rs.wasNull() ? null : value;
        }
    };

    static final FloatCodec FLOAT = new FloatCodec() {
        @Override public void setFloat(PreparedStatement ps, int index, float value) throws SQLException {
            ps.setFloat(index, value);
        }
        @Override public float getFloat(ResultSet rs, int index) throws SQLException {
            return rs.getFloat(index);
        }
        @Override public void set(PreparedStatement ps, int index, Float value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.REAL);
            } else {
                ps.setFloat(index, value);
            }
        }
        @Override public Float get(ResultSet rs, int index) throws SQLException {
            float value = rs.getFloat(index);
            return rs.wasNull() ? null : value;
        }
    };

    static final DoubleCodec DOUBLE = new DoubleCodec() {
        @Override public void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
            ps.setDouble(index, value);
        }
        @Override public double getDouble(ResultSet rs, int index) throws SQLException {
            return rs.getDouble(index);
        }
        @Override public void set(PreparedStatement ps, int index, Double value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.DOUBLE);
            } else {
                ps.setDouble(index, value);
            }
        }
        @Override public Double get(ResultSet rs, int index) throws SQLException {
            double value = rs.getDouble(index);
            return rs.wasNull() ? null : value;
        }
    };

    private PrimitiveCodecs() {}
}
