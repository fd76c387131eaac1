package dev.joinwright;

import java.sql.Connection;
import java.sql.SQLException;

/** The state of one thread's open transaction: its connection and whether it must roll back. */
final class Transaction {
    final Connection connection;
    private boolean restoreAutoCommit;
    private RuntimeException rollbackCause;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Turns autocommit off, remembering to turn it back on. */
    void begin() throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            restoreAutoCommit = true;
        }
    }

    /** Whether autocommit was on before {@link #begin()}. */
    boolean restoreAutoCommit() {
        return restoreAutoCommit;
    }

    /** Records that work inside this transaction failed, so it can no longer commit. */
    void markRollbackOnly(RuntimeException cause) {
        if (rollbackCause == null) {
            rollbackCause = cause;
        }
    }

    /** The first failure inside this transaction, or {@code null}. */
    RuntimeException rollbackCause() {
        return rollbackCause;
    }
}
