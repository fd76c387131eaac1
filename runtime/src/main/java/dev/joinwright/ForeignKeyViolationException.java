package dev.joinwright;

/**
 * A foreign-key constraint was violated: a row refers to a parent that does not exist, or a
 * parent that is still referenced was deleted or its key changed. {@link #table()} is the table
 * that declares the constraint (the child table), where the driver names it.
 */
public class ForeignKeyViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public ForeignKeyViolationException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
