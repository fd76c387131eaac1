package dev.joinwright;

/**
 * A {@code CHECK} constraint rejected the row.
 */
public class CheckViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public CheckViolationException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
