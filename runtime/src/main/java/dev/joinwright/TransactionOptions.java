package dev.joinwright;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Database#inTransaction(TransactionOptions, TransactionCallback)} runs a transaction:
 * its isolation level, whether it is read-only, and how often it is re-run when the database gives
 * up on it because of concurrent work ({@link RetryableException}: deadlock, serialization
 * failure, lock timeout). Immutable; each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * TransactionOptions serializable = TransactionOptions.DEFAULTS
 *         .isolation(Isolation.SERIALIZABLE)
 *         .retry(5, Duration.ofMillis(20));        // up to 5 attempts, 20 ms, 40 ms, 80 ms ... apart
 * long total = db.inTransaction(serializable, () -> ledger.sum());
 * }</pre>
 *
 * <p>The options apply where Joinwright begins the transaction. A nested call joins the outer
 * transaction: it cannot change its isolation or read-only flag (asking for a different one is an
 * {@link IllegalStateException}) and is never retried on its own, because after a deadlock the
 * whole outer transaction is gone; the outermost call with {@code retry} re-runs all of it. Inside a
 * transaction that a transaction manager owns ({@link Database#managed}, {@link Database#of(java.sql.Connection)})
 * Joinwright neither sets isolation nor retries: the owner does.
 *
 * <p>Read-only: PostgreSQL and MySQL/MariaDB refuse writes in a read-only transaction, SQLite
 * refuses them through {@code PRAGMA query_only}; H2 has no read-only transactions and treats the
 * flag as a hint.
 */
public final class TransactionOptions {
    /** The database's default isolation, read-write, one attempt. */
    public static final TransactionOptions DEFAULTS = new TransactionOptions(null, false, 1, Duration.ZERO);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final Isolation isolation;
    private final boolean readOnly;
    private final int attempts;
    private final Duration backoff;

    private TransactionOptions(Isolation isolation, boolean readOnly, int attempts, Duration backoff) {
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /**
     * These options with {@code level} as the transaction's isolation: for that transaction alone
     * on PostgreSQL ({@code SET TRANSACTION ISOLATION LEVEL}, the session's level unchanged), for
     * the connection while the transaction runs (set back afterwards) on the others.
     */
    public TransactionOptions isolation(Isolation level) {
        return new TransactionOptions(Objects.requireNonNull(level, "level"), readOnly, attempts, backoff);
    }

    /** These options for a read-only (or, with {@code false}, read-write) transaction. */
    public TransactionOptions readOnly(boolean readOnly) {
        return new TransactionOptions(isolation, readOnly, attempts, backoff);
    }

    /**
     * These options with up to {@code maxAttempts} runs of the whole transaction when it fails with
     * a {@link RetryableException}. Before the n-th re-run the caller's thread sleeps
     * {@code initialBackoff × 2^(n-1)}, at most two seconds, with up to half of it added at random
     * so that two losers of one deadlock do not collide again. Any other failure is not retried.
     *
     * @throws IllegalArgumentException if {@code maxAttempts < 1} or the backoff is negative
     */
    public TransactionOptions retry(int maxAttempts, Duration initialBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
        }
        return new TransactionOptions(isolation, readOnly, maxAttempts, initialBackoff);
    }

    /** The isolation asked for, or {@code null} for the connection's own. */
    public Isolation isolation() {
        return isolation;
    }

    /** Whether the transaction is read-only. */
    public boolean readOnly() {
        return readOnly;
    }

    /** How many times the transaction runs at most; 1 means no retry. */
    public int maxAttempts() {
        return attempts;
    }

    /** The pause before re-run {@code retry} (1-based), without the random part. */
    Duration backoffBefore(int retry) {
        long millis = backoff.toMillis();
        for (int i = 1; i < retry && millis < MAX_BACKOFF.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /** Whether these options ask for anything but the defaults of the transaction they would join. */
    boolean changesSettings() {
        return isolation != null || readOnly;
    }

    @Override
    public String toString() {
        return "TransactionOptions[isolation=" + (isolation == null ? "default" : isolation) + ", readOnly="
                + readOnly + ", maxAttempts=" + attempts + ", backoff=" + backoff + "]";
    }
}
