package dev.joinwright;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A stored value that the mapping cannot read as its Java type: an enum name that is not a
 * constant of the enum, a malformed UUID, temporal text in no format Joinwright reads. Names the
 * table and column (as the driver's result-set metadata reports them) and the value.
 */
public class UnreadableValueException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    private final String value;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public UnreadableValueException(String message, Throwable cause, String table, String column, String value) {
        super(message, cause, null, 0, table, null, column);
        this.value = value;
    }

    /** The stored value, as text. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The exception for column {@code index} of {@code rs} holding {@code text}, which is not
     * {@code expected} (for example {@code "a constant of enum Status"}). Looks the table and
     * column up in the result-set metadata, on this error path only.
     */
    public static UnreadableValueException of(ResultSet rs, int index, String text, String expected,
            RuntimeException cause) {
        String table = null;
        String column = null;
        SQLException lookup = null;
        try {
            ResultSetMetaData metaData = rs.getMetaData();
            table = blankToNull(metaData.getTableName(index));
            column = blankToNull(metaData.getColumnName(index));
        } catch (SQLException e) {
            lookup = e;
        }
        UnreadableValueException e = new UnreadableValueException("Cannot read column "
                + (column == null ? "#" + index : column) + (table == null ? "" : " of table " + table) + ": '" + text
                + "' is not " + expected, cause, table, column, text);
        if (lookup != null) {
            e.addSuppressed(lookup);
        }
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
