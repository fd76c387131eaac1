package dev.joinwright;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The codecs of strings, bytes, decimals, UUIDs and enums; see {@link Codecs} for the table. */
final class ObjectCodecs {
    private ObjectCodecs() {}

    /** Strings as {@code VARCHAR}/{@code TEXT}; {@code padSpace}: the database ignores trailing spaces. */
    static Codec<String> string(boolean padSpace) {
        return padSpace ? PAD_SPACE_STRING : STRING;
    }

    private static class StringCodec implements Codec<String> {
        @Override
        public void set(PreparedStatement ps, int index, String value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, value);
            }
        }

        @Override
        public String get(ResultSet rs, int index) throws SQLException {
            return rs.getString(index);
        }
    }

    private static final Codec<String> STRING = new StringCodec();

    private static final Codec<String> PAD_SPACE_STRING = new StringCodec() {
        @Override
        public String key(String value) {
            if (value == null) {
                return null;
            }
            int end = value.length();
            while (end > 0 && value.charAt(end - 1) == ' ') {
                end--;
            }
            return end == value.length() ? value : value.substring(0, end);
        }
    };

    static final Codec<byte[]> BYTES = new Codec<>() {
        @Override
        public void set(PreparedStatement ps, int index, byte[] value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARBINARY);
            } else {
                ps.setBytes(index, value);
            }
        }

        @Override
        public byte[] get(ResultSet rs, int index) throws SQLException {
            return rs.getBytes(index);
        }
    };

    /** {@code DECIMAL}/{@code NUMERIC} through the driver. */
    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public void set(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.DECIMAL);
            } else {
                ps.setBigDecimal(index, value);
            }
        }

        @Override
        public BigDecimal get(ResultSet rs, int index) throws SQLException {
            return rs.getBigDecimal(index);
        }
    };

    /** SQLite: the exact {@link BigDecimal#toPlainString()} text, returned unchanged. */
    static final Codec<BigDecimal> DECIMAL_TEXT = new Codec<>() {
        @Override
        public void set(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, value.toPlainString());
            }
        }

        @Override
        public BigDecimal get(ResultSet rs, int index) throws SQLException {
            String text = rs.getString(index);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw UnreadableValueException.of(rs, index, text, "a decimal number", e);
            }
        }
    };

    /** H2 and PostgreSQL: the native {@code UUID} type. */
    static final Codec<UUID> UUID_NATIVE = new Codec<>() {
        @Override
        public void set(PreparedStatement ps, int index, UUID value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.OTHER);
            } else {
                ps.setObject(index, value);
            }
        }

        @Override
        public UUID get(ResultSet rs, int index) throws SQLException {
            return rs.getObject(index, UUID.class);
        }
    };

    /** MySQL/MariaDB {@code CHAR(36)} and SQLite {@code TEXT}: the canonical text form. */
    static final Codec<UUID> UUID_TEXT = new Codec<>() {
        @Override
        public void set(PreparedStatement ps, int index, UUID value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, value.toString());
            }
        }

        @Override
        public UUID get(ResultSet rs, int index) throws SQLException {
            String text = rs.getString(index);
            if (text == null) {
                return null;
            }
            try {
                return text.length() == 36 ? UUID.fromString(text) : fail(text);
            } catch (IllegalArgumentException e) {
                throw UnreadableValueException.of(rs, index, text, "a UUID (8-4-4-4-12 hex digits)", e);
            }
        }

        private UUID fail(String text) {
            throw new IllegalArgumentException("not 36 characters: " + text);
        }
    };

    /** Enum constants by {@link Enum#name()}, looked up in {@code constants} (typically {@code E.values()}). */
    static <E extends Enum<E>> Codec<E> enumByName(E[] constants, String typeName) {
        Map<String, E> byName = new HashMap<>(constants.length * 2);
        StringBuilder names = new StringBuilder();
        for (E constant : constants) {
            byName.put(constant.name(), constant);
            names.append(names.length() == 0 ? "" : ", ").append(constant.name());
        }
        String expected = "a constant of enum " + typeName + " (" + names + ")";
        return new Codec<>() {
            @Override
            public void set(PreparedStatement ps, int index, E value) throws SQLException {
                if (value == null) {
                    ps.setNull(index, Types.VARCHAR);
                } else {
                    ps.setString(index, value.name());
                }
            }

            @Override
            public E get(ResultSet rs, int index) throws SQLException {
                String name = rs.getString(index);
                if (name == null) {
                    return null;
                }
                E constant = byName.get(name);
                if (constant == null) {
                    throw UnreadableValueException.of(rs, index, name, expected, null);
                }
                return constant;
            }
        };
    }
}
