package dev.joinwright;

/**
 * A value does not fit its column: a string longer than its {@code VARCHAR(n)}, a number outside
 * its column's range or precision (SQLState 22001, 22003). MySQL/MariaDB and H2 name the column.
 */
public class ValueOutOfRangeException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public ValueOutOfRangeException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
