package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import java.util.function.Function;

/**
 * Binds and reads column values the same way on every dialect. Internal: for generated code only.
 *
 * <p>For each type there is a {@code set}/{@code get} pair for NOT NULL columns (primitives where
 * there are any) and a {@code ...OrNull} pair for nullable ones; columns are read by index. The
 * {@code java.time} types are in {@link TemporalValues}. The DDL column types these methods are
 * written for (the processor's DDL writer copies this table):
 *
 * <table>
 * <caption>Column types per dialect</caption>
 * <tr><th>Java</th><th>H2</th><th>PostgreSQL</th><th>MySQL / MariaDB</th><th>SQLite</th></tr>
 * <tr><td>boolean</td><td>BOOLEAN</td><td>BOOLEAN</td><td>BOOLEAN</td><td>INTEGER</td></tr>
 * <tr><td>short</td><td>SMALLINT</td><td>SMALLINT</td><td>SMALLINT</td><td>INTEGER</td></tr>
 * <tr><td>int</td><td>INTEGER</td><td>INTEGER</td><td>INTEGER</td><td>INTEGER</td></tr>
 * <tr><td>long</td><td>BIGINT</td><td>BIGINT</td><td>BIGINT</td><td>INTEGER</td></tr>
 * <tr><td>float</td><td>REAL</td><td>REAL</td><td>DOUBLE</td><td>REAL</td></tr>
 * <tr><td>double</td><td>DOUBLE PRECISION</td><td>DOUBLE PRECISION</td><td>DOUBLE</td><td>REAL</td></tr>
 * <tr><td>String</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>TEXT</td></tr>
 * <tr><td>enum</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>TEXT</td></tr>
 * <tr><td>BigDecimal</td><td>DECIMAL(p,s)</td><td>NUMERIC(p,s)</td><td>DECIMAL(p,s)</td><td>TEXT</td></tr>
 * <tr><td>byte[]</td><td>VARBINARY</td><td>BYTEA</td><td>LONGBLOB</td><td>BLOB</td></tr>
 * <tr><td>UUID</td><td>UUID</td><td>UUID</td><td>CHAR(36)</td><td>TEXT</td></tr>
 * <tr><td>LocalDate</td><td>DATE</td><td>DATE</td><td>DATE</td><td>TEXT</td></tr>
 * <tr><td>LocalTime</td><td>TIME(9)</td><td>TIME</td><td>TIME(6)</td><td>TEXT</td></tr>
 * <tr><td>LocalDateTime</td><td>TIMESTAMP(9)</td><td>TIMESTAMP</td><td>DATETIME(6)</td><td>TEXT</td></tr>
 * <tr><td>OffsetDateTime</td><td>TIMESTAMP(9) WITH TIME ZONE</td><td>TIMESTAMPTZ</td><td>DATETIME(6)</td><td>TEXT</td></tr>
 * <tr><td>Instant</td><td>TIMESTAMP(9) WITH TIME ZONE</td><td>TIMESTAMPTZ</td><td>DATETIME(6)</td><td>TEXT</td></tr>
 * </table>
 *
 * <p>Notes that hold for every dialect unless said otherwise:
 * <ul>
 * <li>MySQL/MariaDB tables must use {@code utf8mb4} (the DDL writer should end each
 *     {@code CREATE TABLE} with {@code DEFAULT CHARSET=utf8mb4}), or emoji do not fit.
 * <li>{@code float} is {@code DOUBLE} on MySQL/MariaDB: a {@code FLOAT} column comes back through
 *     the text protocol with six significant digits ({@code 3.1415927f} reads as {@code 3.14159});
 *     every float is exact in a double.
 * <li>{@code NaN} and infinities round-trip on H2 and PostgreSQL only: MySQL/MariaDB reject them
 *     and SQLite stores {@code NaN} as NULL.
 * <li>{@code BigDecimal} comes back with the column's scale ({@code 1.5} as {@code 1.50} from
 *     {@code DECIMAL(p,2)}); compare with {@code compareTo}. SQLite stores the exact
 *     {@link BigDecimal#toPlainString()} text and returns it unchanged.
 * <li>Enums are stored as {@link Enum#name()} and read with a function such as
 *     {@code MyEnum::valueOf}, so no reflection is needed.
 * </ul>
 */
public final class Values {
    private Values() {}

    // boolean
    public static void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        ps.setBoolean(index, value);
    }

    public static void setBooleanOrNull(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    public static boolean getBoolean(ResultSet rs, int index) throws SQLException {
        return rs.getBoolean(index);
    }

    public static Boolean getBooleanOrNull(ResultSet rs, int index) throws SQLException {
        boolean value = rs.getBoolean(index);
        return rs.wasNull() ? null : value;
    }

    // short
    public static void setShort(PreparedStatement ps, int index, short value) throws SQLException {
        ps.setShort(index, value);
    }

    public static void setShortOrNull(PreparedStatement ps, int index, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value);
        }
    }

    public static short getShort(ResultSet rs, int index) throws SQLException {
        return rs.getShort(index);
    }

    public static Short getShortOrNull(ResultSet rs, int index) throws SQLException {
        short value = rs.getShort(index);
        return rs.wasNull() ? null : value;
    }

    // int
    public static void setInt(PreparedStatement ps, int index, int value) throws SQLException {
        ps.setInt(index, value);
    }

    public static void setIntOrNull(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static int getInt(ResultSet rs, int index) throws SQLException {
        return rs.getInt(index);
    }

    public static Integer getIntOrNull(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    // long
    public static void setLong(PreparedStatement ps, int index, long value) throws SQLException {
        ps.setLong(index, value);
    }

    public static void setLongOrNull(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static long getLong(ResultSet rs, int index) throws SQLException {
        return rs.getLong(index);
    }

    public static Long getLongOrNull(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    // float
    public static void setFloat(PreparedStatement ps, int index, float value) throws SQLException {
        ps.setFloat(index, value);
    }

    public static void setFloatOrNull(PreparedStatement ps, int index, Float value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setFloat(index, value);
        }
    }

    public static float getFloat(ResultSet rs, int index) throws SQLException {
        return rs.getFloat(index);
    }

    public static Float getFloatOrNull(ResultSet rs, int index) throws SQLException {
        float value = rs.getFloat(index);
        return rs.wasNull() ? null : value;
    }

    // double
    public static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        ps.setDouble(index, value);
    }

    public static void setDoubleOrNull(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    public static double getDouble(ResultSet rs, int index) throws SQLException {
        return rs.getDouble(index);
    }

    public static Double getDoubleOrNull(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }

    // String: one pair serves NOT NULL and nullable columns
    public static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static String getString(ResultSet rs, int index) throws SQLException {
        return rs.getString(index);
    }

    // BigDecimal
    public static void setBigDecimal(PreparedStatement ps, int index, BigDecimal value, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, dialect == Dialect.SQLITE ? Types.VARCHAR : Types.DECIMAL);
        } else if (dialect == Dialect.SQLITE) {
            ps.setString(index, value.toPlainString());
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    public static BigDecimal getBigDecimal(ResultSet rs, int index, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            String text = rs.getString(index);
            return text == null ? null : new BigDecimal(text);
        }
        return rs.getBigDecimal(index);
    }

    // byte[]
    public static void setBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARBINARY);
        } else {
            ps.setBytes(index, value);
        }
    }

    public static byte[] getBytes(ResultSet rs, int index) throws SQLException {
        return rs.getBytes(index);
    }

    // UUID: native on H2 and PostgreSQL, text elsewhere
    public static void setUuid(PreparedStatement ps, int index, UUID value, Dialect dialect) throws SQLException {
        boolean nativeUuid = dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL;
        if (value == null) {
            ps.setNull(index, nativeUuid ? Types.OTHER : Types.VARCHAR);
        } else if (nativeUuid) {
            ps.setObject(index, value);
        } else {
            ps.setString(index, value.toString());
        }
    }

    public static UUID getUuid(ResultSet rs, int index, Dialect dialect) throws SQLException {
        if (dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL) {
            return rs.getObject(index, UUID.class);
        }
        String text = rs.getString(index);
        return text == null ? null : UUID.fromString(text);
    }

    // enums, by name
    public static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.name());
        }
    }

    /** Reads an enum stored by name; {@code valueOf} is typically {@code MyEnum::valueOf}. */
    public static <E extends Enum<E>> E getEnum(ResultSet rs, int index, Function<String, E> valueOf)
            throws SQLException {
        String name = rs.getString(index);
        return name == null ? null : valueOf.apply(name);
    }
}
