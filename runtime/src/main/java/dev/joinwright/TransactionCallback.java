package dev.joinwright;

import java.sql.SQLException;

/**
 * Work run by {@link Database#inTransaction(TransactionCallback)} (or
 * {@link Database#onOneConnection(TransactionCallback)}) that returns a result.
 *
 * <p>It may throw {@link SQLException} (for hand-written JDBC inside the transaction); the
 * transaction then rolls back and the exception is rethrown translated to a
 * {@link DataAccessException}. Unchecked exceptions roll back and are rethrown as they are.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionCallback<T> {
    /** Runs the work inside the transaction. */
    T run() throws SQLException;
}
