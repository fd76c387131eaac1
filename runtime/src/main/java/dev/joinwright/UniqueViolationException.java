package dev.joinwright;

/**
 * A unique or primary-key constraint was violated. {@link #constraint()} is the constraint or
 * index name where the driver reports it ({@code PRIMARY} on MySQL and MariaDB for the key).
 */
public class UniqueViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public UniqueViolationException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
