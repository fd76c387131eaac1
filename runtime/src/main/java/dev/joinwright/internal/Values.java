package dev.joinwright.internal;

import dev.joinwright.BooleanCodec;
import dev.joinwright.Codec;
import dev.joinwright.Codecs;
import dev.joinwright.Dialect;
import dev.joinwright.DoubleCodec;
import dev.joinwright.FloatCodec;
import dev.joinwright.IntCodec;
import dev.joinwright.LongCodec;
import dev.joinwright.ShortCodec;
import dev.joinwright.UnreadableValueException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The static binding methods today's generated code calls. Internal: for generated code only.
 * Each delegates to the dialect's {@link Codecs} (the public, documented API, with the table of
 * column types); new code should hold the codecs instead. The {@code java.time} types are in
 * {@link TemporalValues}.
 */
public final class Values {
    /** The codecs of the types that bind the same way on every dialect. */
    private static final Codecs ANY = Codecs.of(Dialect.H2);
    private static final BooleanCodec BOOLEAN = ANY.booleans();
    private static final ShortCodec SHORT = ANY.shorts();
    private static final IntCodec INT = ANY.ints();
    private static final LongCodec LONG = ANY.longs();
    private static final FloatCodec FLOAT = ANY.floats();
    private static final DoubleCodec DOUBLE = ANY.doubles();
    private static final Codec<String> STRING = ANY.string();
    private static final Codec<byte[]> BYTES = ANY.bytes();

    private Values() {}

    // boolean
    public static void setBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        BOOLEAN.setBoolean(ps, index, value);
    }

    public static void setBooleanOrNull(PreparedStatement ps, int index, Boolean value) throws SQLException {
        BOOLEAN.set(ps, index, value);
    }

    public static boolean getBoolean(ResultSet rs, int index) throws SQLException {
        return BOOLEAN.getBoolean(rs, index);
    }

    public static Boolean getBooleanOrNull(ResultSet rs, int index) throws SQLException {
        return BOOLEAN.get(rs, index);
    }

    // short
    public static void setShort(PreparedStatement ps, int index, short value) throws SQLException {
        SHORT.setShort(ps, index, value);
    }

    public static void setShortOrNull(PreparedStatement ps, int index, Short value) throws SQLException {
        SHORT.set(ps, index, value);
    }

    public static short getShort(ResultSet rs, int index) throws SQLException {
        return SHORT.getShort(rs, index);
    }

    public static Short getShortOrNull(ResultSet rs, int index) throws SQLException {
        return SHORT.get(rs, index);
    }

    // int
    public static void setInt(PreparedStatement ps, int index, int value) throws SQLException {
        INT.setInt(ps, index, value);
    }

    public static void setIntOrNull(PreparedStatement ps, int index, Integer value) throws SQLException {
        INT.set(ps, index, value);
    }

    public static int getInt(ResultSet rs, int index) throws SQLException {
        return INT.getInt(rs, index);
    }

    public static Integer getIntOrNull(ResultSet rs, int index) throws SQLException {
        return INT.get(rs, index);
    }

    // long
    public static void setLong(PreparedStatement ps, int index, long value) throws SQLException {
        LONG.setLong(ps, index, value);
    }

    public static void setLongOrNull(PreparedStatement ps, int index, Long value) throws SQLException {
        LONG.set(ps, index, value);
    }

    public static long getLong(ResultSet rs, int index) throws SQLException {
        return LONG.getLong(rs, index);
    }

    public static Long getLongOrNull(ResultSet rs, int index) throws SQLException {
        return LONG.get(rs, index);
    }

    // float
    public static void setFloat(PreparedStatement ps, int index, float value) throws SQLException {
        FLOAT.setFloat(ps, index, value);
    }

    public static void setFloatOrNull(PreparedStatement ps, int index, Float value) throws SQLException {
        FLOAT.set(ps, index, value);
    }

    public static float getFloat(ResultSet rs, int index) throws SQLException {
        return FLOAT.getFloat(rs, index);
    }

    public static Float getFloatOrNull(ResultSet rs, int index) throws SQLException {
        return FLOAT.get(rs, index);
    }

    // double
    public static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        DOUBLE.setDouble(ps, index, value);
    }

    public static void setDoubleOrNull(PreparedStatement ps, int index, Double value) throws SQLException {
        DOUBLE.set(ps, index, value);
    }

    public static double getDouble(ResultSet rs, int index) throws SQLException {
        return DOUBLE.getDouble(rs, index);
    }

    public static Double getDoubleOrNull(ResultSet rs, int index) throws SQLException {
        return DOUBLE.get(rs, index);
    }

    // String: one pair serves NOT NULL and nullable columns
    public static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        STRING.set(ps, index, value);
    }

    public static String getString(ResultSet rs, int index) throws SQLException {
        return STRING.get(rs, index);
    }

    // BigDecimal
    public static void setBigDecimal(PreparedStatement ps, int index, BigDecimal value, Dialect dialect)
            throws SQLException {
        Codecs.of(dialect).bigDecimal().set(ps, index, value);
    }

    public static BigDecimal getBigDecimal(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).bigDecimal().get(rs, index);
    }

    // byte[]
    public static void setBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        BYTES.set(ps, index, value);
    }

    public static byte[] getBytes(ResultSet rs, int index) throws SQLException {
        return BYTES.get(rs, index);
    }

    // UUID: native on H2 and PostgreSQL, text elsewhere
    public static void setUuid(PreparedStatement ps, int index, UUID value, Dialect dialect) throws SQLException {
        Codecs.of(dialect).uuid().set(ps, index, value);
    }

    public static UUID getUuid(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return Codecs.of(dialect).uuid().get(rs, index);
    }

    // enums, by name
    public static void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        STRING.set(ps, index, value == null ? null : value.name());
    }

    /**
     * Reads an enum stored by name; {@code valueOf} is typically {@code MyEnum::valueOf}.
     *
     * @throws UnreadableValueException if {@code valueOf} rejects the stored name
     */
    public static <E extends Enum<E>> E getEnum(ResultSet rs, int index, Function<String, E> valueOf)
            throws SQLException {
        String name = rs.getString(index);
        if (name == null) {
            return null;
        }
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException e) {
            throw UnreadableValueException.of(rs, index, name, "a constant of the enum", e);
        }
    }
}
