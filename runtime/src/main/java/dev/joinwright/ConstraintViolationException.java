package dev.joinwright;

/**
 * An integrity constraint was violated. The subclasses name the kind; this type itself is used
 * for other constraints (for example a {@code CHECK} constraint).
 */
public class ConstraintViolationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public ConstraintViolationException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
