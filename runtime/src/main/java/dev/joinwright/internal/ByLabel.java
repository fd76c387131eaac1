package dev.joinwright.internal;

import dev.joinwright.DataAccessException;
import dev.joinwright.RowReader;
import java.lang.ref.WeakReference;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The by-label row readers of generated DAOs ({@code XDao.rowReader()}): the columns of an entity
 * are found in a result set by their labels, once per result set, and then read by index, so a
 * result whose columns come in any order, with others among them ({@code SELECT *} after a column
 * was added to the table, a join), maps every value to its own component. Internal: generated code
 * calls it; users get the reader from the DAO. Generated code that maps other SQL into an entity
 * uses {@code XDao.rowReader(codecs)}, built once into a field, and passes {@code reader::read} to
 * {@link Jdbc#query}, {@link Jdbc#queryOne} or {@link Jdbc#stream}.
 *
 * <p>A label matches a column name exactly, else ignoring ASCII case (H2 reports unquoted names in
 * upper case). A column missing from the result, or two labels that match one column, is a
 * {@link DataAccessException} naming the table, the column and the labels the result has.
 */
public final class ByLabel<T> implements RowReader<T> {
    /** Reads a row whose columns are at the given indexes, in declaration order. */
    @FunctionalInterface
    public interface IndexedReader<T> {
        T read(ResultSet rs, int[] indexes) throws SQLException;
    }

    /** The indexes found for one result set; immutable, so threads can share the last one. */
    private static final class Resolved {
        final WeakReference<ResultSet> rows;
        final int[] indexes;

        Resolved(ResultSet rows, int[] indexes) {
            this.rows = new WeakReference<>(rows);
            this.indexes = indexes;
        }
    }

    private final String table;
    private final String[] columns;
    private final IndexedReader<? extends T> reader;
    private volatile Resolved last;

    private ByLabel(String table, String[] columns, IndexedReader<? extends T> reader) {
        this.table = table;
        this.columns = columns.clone();
        this.reader = reader;
    }

    /**
     * A reader of the rows of {@code table} whose {@code columns} (names as in the catalog, in
     * declaration order) are found by label and handed to {@code reader} as indexes.
     */
    public static <T> RowReader<T> of(String table, String[] columns, IndexedReader<? extends T> reader) {
        return new ByLabel<>(table, columns, reader);
    }

    /**
     * {@code {0, 1, ..., count - 1}}: the indexes, counted from the first column, of {@code count} columns
     * in declaration order, for reading a row by position through the same method that reads it by label.
     */
    public static int[] inOrder(int count) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = i;
        }
        return indexes;
    }

    @Override
    public T read(ResultSet rs) throws SQLException {
        Resolved resolved = last;
        if (resolved == null || resolved.rows.get() != rs) {
            resolved = new Resolved(rs, indexes(rs.getMetaData()));
            last = resolved;
        }
        return reader.read(rs, resolved.indexes);
    }

    /** Each column's index in a result with this metadata. */
    int[] indexes(ResultSetMetaData metaData) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            labels.add(metaData.getColumnLabel(i));
        }
        int[] indexes = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            indexes[c] = indexOf(columns[c], labels);
        }
        return indexes;
    }

    private int indexOf(String column, List<String> labels) {
        int exact = find(column, labels, true);
        if (exact > 0) {
            return exact;
        }
        int folded = find(column, labels, false);
        if (folded > 0) {
            return folded;
        }
        throw new DataAccessException("The result has no column labelled '" + column + "' for column " + column
                + " of table " + table + "; its labels are " + labels + ". Select every column of " + table
                + " (the DAO's columnList()), in any order, or read the result by hand");
    }

    /** The 1-based index of the one label matching {@code column}, or 0 if none does. */
    private int find(String column, List<String> labels, boolean exact) {
        int found = 0;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            boolean matches = exact ? column.equals(label)
                    : label != null && column.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT));
            if (matches) {
                if (found != 0) {
                    throw new DataAccessException("The result has two columns labelled '" + column + "' (columns "
                            + found + " and " + (i + 1) + "), so column " + column + " of table " + table
                            + " is ambiguous; its labels are " + labels + ". Give the other one an alias"
                            + " (SELECT t.*, o.id AS other_id ...)");
                }
                found = i + 1;
            }
        }
        return found;
    }

    /**
     * {@code u.id, u.email, u."order"}: a DAO's column list (as the dialect spells it, separated by
     * {@code ", "}) with every name qualified by {@code alias}.
     *
     * @throws IllegalArgumentException if {@code alias} is not a plain SQL identifier
     */
    public static String qualified(String columnList, String alias) {
        if (!alias.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain table alias: '" + alias
                    + "'; use letters, digits and '_' (it is put into the SQL as it is)");
        }
        return alias + "." + columnList.replace(", ", ", " + alias + ".");
    }

    @Override
    public String toString() {
        return "ByLabel[" + table + " " + String.join(", ", columns) + "]";
    }
}
