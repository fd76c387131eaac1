package dev.joinwright;

import java.sql.SQLException;

/**
 * Work run by {@link Database#runInTransaction(TransactionRunnable)} that returns nothing.
 * Exceptions are handled as described for {@link TransactionCallback}.
 */
@FunctionalInterface
public interface TransactionRunnable {
    /** Runs the work inside the transaction. */
    void run() throws SQLException;
}
