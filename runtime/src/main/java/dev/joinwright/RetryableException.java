package dev.joinwright;

/**
 * The database gave up on the statement because of concurrent work: a deadlock, a serialization
 * failure or a lock wait timeout. The whole transaction has been rolled back and may succeed when
 * run again.
 */
public class RetryableException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public RetryableException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
