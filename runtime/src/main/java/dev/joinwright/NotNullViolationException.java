package dev.joinwright;

/**
 * A {@code NULL} was written to a {@code NOT NULL} column; {@link #column()} names the column.
 */
public class NotNullViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public NotNullViolationException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
