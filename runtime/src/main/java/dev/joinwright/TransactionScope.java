package dev.joinwright;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * One thread's open Joinwright transaction: its connection, how it began, and whether it must roll
 * back. Either Joinwright began a real transaction ({@link #own}: it commits or rolls back), or it
 * joined a transaction someone else owns and fenced its own work with a savepoint
 * ({@link #savepoint}: it releases the savepoint or rolls back to it, never the owner's work).
 */
final class TransactionScope {
    final Connection connection;
    final TransactionOptions options;
    private final Dialect dialect;
    private final Savepoint savepoint;
    private boolean restoreAutoCommit;
    private int restoreIsolation = -1;
    private boolean restoreReadOnly;
    private boolean ended;
    private Throwable rollbackCause;

    private TransactionScope(Connection connection, Dialect dialect, TransactionOptions options, Savepoint savepoint) {
        this.connection = connection;
        this.dialect = dialect;
        this.options = options;
        this.savepoint = savepoint;
    }

    /**
     * Begins a transaction of Joinwright's own on {@code connection}: sets the connection's
     * isolation while no transaction is open yet, turns autocommit off if it was on (remembering to
     * turn it back) and asks for read-only; where the dialect {@linkplain Dialect#isolatesPerTransaction
     * can} (PostgreSQL), the isolation is instead set for this transaction alone, by its first statement.
     */
    static TransactionScope own(Connection connection, Dialect dialect, TransactionOptions options)
            throws SQLException {
        TransactionScope scope = new TransactionScope(connection, dialect, options, null);
        Isolation isolation = options.isolation();
        boolean perTransaction = isolation != null && dialect.isolatesPerTransaction();
        if (isolation != null && !perTransaction) {
            int level = connection.getTransactionIsolation();
            if (level != isolation.jdbcLevel()) {
                scope.restoreIsolation = level;
                connection.setTransactionIsolation(isolation.jdbcLevel());
            }
        }
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            scope.restoreAutoCommit = true;
        }
        if (options.readOnly()) {
            dialect.beginReadOnly(connection); // before the first statement: pgjdbc's BEGIN carries READ ONLY
            scope.restoreReadOnly = true;
        }
        if (perTransaction) {
            dialect.isolate(connection, isolation); // this transaction only: nothing to restore
        }
        return scope;
    }

    /**
     * Joins the transaction another owner has open on {@code connection} (autocommit off), fencing
     * Joinwright's work with a savepoint. Isolation and read-only belong to the owner.
     *
     * @throws IllegalStateException if {@code options} ask for a setting the owner's transaction lacks
     */
    static TransactionScope savepoint(Connection connection, Dialect dialect, TransactionOptions options)
            throws SQLException {
        if (options.isolation() != null && connection.getTransactionIsolation() != options.isolation().jdbcLevel()) {
            throw new IllegalStateException("Cannot run a transaction with isolation " + options.isolation()
                    + " inside a transaction Joinwright does not own (the connection arrived with autocommit off);"
                    + " set the isolation on the transaction manager's transaction instead");
        }
        if (options.readOnly() && !connection.isReadOnly()) {
            throw new IllegalStateException("Cannot run a read-only transaction inside a read-write transaction"
                    + " Joinwright does not own (the connection arrived with autocommit off); make the transaction"
                    + " manager's transaction read-only instead");
        }
        return new TransactionScope(connection, dialect, options, connection.setSavepoint());
    }

    /** Whether Joinwright began this transaction (so it commits it, and may re-run it). */
    boolean isOwn() {
        return savepoint == null;
    }

    /** Records that work inside this transaction failed, so that it can no longer commit. */
    void markRollbackOnly(Throwable cause) {
        if (rollbackCause == null) {
            rollbackCause = cause;
        }
    }

    /** The first failure inside this transaction, or {@code null}. */
    Throwable rollbackCause() {
        return rollbackCause;
    }

    /** Commits (own) or releases the savepoint; either way Joinwright's work is done. */
    void commit() throws SQLException {
        if (savepoint == null) {
            connection.commit();
        } else {
            connection.releaseSavepoint(savepoint);
        }
        ended = true;
    }

    /** Rolls back (own) or to the savepoint, leaving the owner's transaction usable. */
    void rollback() throws SQLException {
        if (savepoint == null) {
            connection.rollback();
        } else {
            connection.rollback(savepoint);
        }
        ended = true;
    }

    /** Whether {@link #commit()} or {@link #rollback()} succeeded. */
    boolean ended() {
        return ended;
    }

    /**
     * Puts the connection back as it arrived: read-only flag, autocommit, isolation. Never called
     * before the transaction ended, so turning autocommit back on cannot commit partial work.
     */
    void restore() throws SQLException {
        if (!ended) {
            throw new IllegalStateException("restore() before the transaction ended");
        }
        if (restoreReadOnly) {
            dialect.endReadOnly(connection);
        }
        if (restoreAutoCommit) {
            connection.setAutoCommit(true);
        }
        if (restoreIsolation >= 0) {
            connection.setTransactionIsolation(restoreIsolation);
        }
    }
}
