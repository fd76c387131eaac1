package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Expands the collection parameters of a generated query. Internal: for generated code only.
 *
 * <p>The query's text marks each collection with {@code ?*}, inside {@code IN (…)}. A collection
 * of up to {@value #LARGE} values becomes one placeholder per value, or {@code NULL} when empty (so
 * {@code x IN (NULL)} matches no row). A larger collection of integers or strings is sent as one
 * parameter, so that it is bounded by no bind limit: an array on H2 and PostgreSQL
 * ({@code SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY))}; H2's hold 65,536 values, so one per 65,536
 * joined by {@code UNION ALL}), a JSON array on SQLite
 * ({@code json_each(?)}) and MySQL/MariaDB ({@code JSON_TABLE}). {@link #expand} and {@link #bind}
 * decide alike from the dialect, the size and the kind.
 */
public final class InLists {
    /** The most values sent as placeholders of their own. */
    public static final int LARGE = 1_000;
    private static final String MARKER = "?*";
    /** H2's arrays hold at most 65,536 elements. */
    private static final int H2_ARRAY = 65_536;

    /** What a collection holds, for the form of a large one. */
    public enum Kind {
        /** {@code short}, {@code int}, {@code long} values. */
        INTEGRAL,
        /** Strings. */
        STRING,
        /** Anything else: always one placeholder per value. */
        OTHER
    }

    /** Binds one value of a collection. */
    @FunctionalInterface
    public interface ValueBinder<T> {
        void bind(PreparedStatement ps, int index, T value) throws SQLException;
    }

    private InLists() {}

    /** The query with its k-th marker expanded for a collection of {@code sizes[k]} values of {@code kinds[k]}. */
    public static String expand(Dialect dialect, String sql, Kind[] kinds, int... sizes) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int from = 0;
        for (int k = 0; k < sizes.length; k++) {
            int at = sql.indexOf(MARKER, from);
            if (at < 0) {
                throw new IllegalArgumentException("fewer collection markers than collections in " + sql);
            }
            out.append(sql, from, at).append(large(sizes[k], kinds[k]) ? one(dialect, kinds[k], sizes[k])
                    : sizes[k] == 0 ? "NULL" : Chunks.placeholders(sizes[k]));
            from = at + MARKER.length();
        }
        return out.append(sql, from, sql.length()).toString();
    }

    /** The query with one placeholder per value of each collection (no large form). */
    public static String expand(String sql, int... sizes) {
        Kind[] kinds = new Kind[sizes.length];
        java.util.Arrays.fill(kinds, Kind.OTHER);
        return expand(Dialect.H2, sql, kinds, sizes);
    }

    /**
     * Binds a collection's values after parameter {@code n}, as {@link #expand} wrote its
     * placeholders; the index of the last parameter bound.
     */
    public static <T> int bind(PreparedStatement ps, int n, Dialect dialect, Collection<? extends T> values, Kind kind,
            ValueBinder<? super T> each) throws SQLException {
        if (!large(values.size(), kind)) {
            for (T value : values) {
                each.bind(ps, ++n, value);
            }
            return n;
        }
        switch (dialect) {
            case H2 -> {
                Object[] all = values.toArray();
                for (int from = 0; from < all.length; from += H2_ARRAY) {
                    ps.setArray(++n, ps.getConnection().createArrayOf(kind == Kind.INTEGRAL ? "bigint" : "varchar",
                            java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + H2_ARRAY))));
                }
            }
            case POSTGRESQL -> ps.setArray(++n, ps.getConnection().createArrayOf(
                    kind == Kind.INTEGRAL ? "bigint" : "varchar", values.toArray()));
            default -> ps.setString(++n, json(values, kind));
        }
        return n;
    }

    private static boolean large(int size, Kind kind) {
        return size > LARGE && kind != Kind.OTHER;
    }

    /** The subquery that stands for the values of one parameter (on H2, of one per 65,536 values). */
    private static String one(Dialect dialect, Kind kind, int size) {
        boolean integral = kind == Kind.INTEGRAL;
        return switch (dialect) {
            case H2 -> String.join(" UNION ALL ", java.util.Collections.nCopies((size + H2_ARRAY - 1) / H2_ARRAY,
                    "SELECT * FROM UNNEST(CAST(? AS " + (integral ? "BIGINT" : "VARCHAR") + " ARRAY))"));
            case POSTGRESQL -> "SELECT * FROM UNNEST(CAST(? AS " + (integral ? "bigint" : "varchar") + "[]))";
            case SQLITE -> "SELECT value FROM json_each(?)";
            case MYSQL -> "SELECT v FROM JSON_TABLE(?, '$[*]' COLUMNS (v " + (integral ? "BIGINT" : "VARCHAR(16383)")
                    + " PATH '$')) jw_values";
        };
    }

    private static String json(Collection<?> values, Kind kind) {
        StringBuilder out = new StringBuilder(values.size() * 8).append('[');
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (value == null) {
                out.append("null");
            } else if (kind == Kind.INTEGRAL) {
                out.append(((Number) value).longValue());
            } else {
                out.append('"');
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        default -> {
                            if (c < 0x20) {
                                out.append(String.format("\\u%04x", (int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
                out.append('"');
            }
        }
        return out.append(']').toString();
    }
}
