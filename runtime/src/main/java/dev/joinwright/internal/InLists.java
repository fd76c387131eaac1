package dev.joinwright.internal;

/**
 * Expands the collection parameters of a generated query. Internal: for generated code only.
 *
 * <p>The query's text marks each collection with {@code ?*}; the k-th marker becomes as many
 * placeholders as the k-th collection has values, or {@code NULL} for an empty one (so that
 * {@code x IN (NULL)} matches no row, and the generated {@code NOT IN} form matches every row).
 */
public final class InLists {
    private static final String MARKER = "?*";

    private InLists() {}

    public static String expand(String sql, int... sizes) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int from = 0;
        for (int size : sizes) {
            int at = sql.indexOf(MARKER, from);
            if (at < 0) {
                throw new IllegalArgumentException("fewer collection markers than collections in " + sql);
            }
            out.append(sql, from, at).append(size == 0 ? "NULL" : Chunks.placeholders(size));
            from = at + MARKER.length();
        }
        return out.append(sql, from, sql.length()).toString();
    }
}
