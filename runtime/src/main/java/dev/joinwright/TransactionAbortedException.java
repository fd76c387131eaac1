package dev.joinwright;

/**
 * The transaction was aborted by an earlier failed statement and accepts no more statements until
 * it is rolled back (PostgreSQL's 25P02, "current transaction is aborted"). The earlier failure is
 * typically in the driver's cause chain; this statement itself was not the problem.
 */
public class TransactionAbortedException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /** See {@link DataAccessException#DataAccessException(String, Throwable, String, int, String, String, String)}. */
    public TransactionAbortedException(String message, Throwable cause, String sqlState, int vendorCode,
            String table, String constraint, String column) {
        super(message, cause, sqlState, vendorCode, table, constraint, column);
    }
}
