package dev.joinwright.it.matrix;

import dev.joinwright.Dialect;
import org.junit.jupiter.api.Assumptions;

/**
 * What each database can and cannot do, in one table with the written reason for every
 * difference, so that scenarios ask {@code db.capabilities().killSession().require()} instead of
 * scattering {@code if (postgres)} checks. A scenario that needs a capability the database lacks
 * is reported as "n/a" with the reason in the scenario matrix.
 */
public record Capabilities(
        Capability killSession,
        Capability deadlock,
        Capability serializationFailure,
        Capability concurrentWriters,
        Capability transactionalDdl,
        int bindLimit) {

    /** One capability: whether the database has it, and how it works or why not. */
    public record Capability(boolean supported, String note) {
        static Capability yes(String how) {
            return new Capability(true, how);
        }

        static Capability no(String why) {
            return new Capability(false, why);
        }

        /** Aborts the calling scenario (reported "n/a") when the database lacks this capability. */
        public void require() {
            Assumptions.assumeTrue(supported, () -> "n/a: " + note);
        }
    }

    /** The table: one row per dialect. */
    public static Capabilities of(Dialect dialect) {
        switch (dialect) {
            case H2:
                return new Capabilities(
                        Capability.yes("ABORT_SESSION(id) from a second session; id from SESSION_ID()"),
                        Capability.yes("MVStore row locks; a lock cycle is reported as 40001"),
                        Capability.no("H2 2.3's SERIALIZABLE does not detect write skew between two inserts"
                                + " (observed here: both transactions commit), so there is no failure to surface"),
                        Capability.yes("row-level locks; writers wait up to LOCK_TIMEOUT (set to 10 s)"),
                        Capability.no("H2 commits each DDL statement; a failed create keeps what it made"),
                        65_535);
            case SQLITE:
                return new Capabilities(
                        Capability.no("SQLite is embedded: there is no server session a second connection"
                                + " could kill"),
                        Capability.no("SQLite has one writer at a time and no lock graph: a conflict is"
                                + " SQLITE_BUSY after busy_timeout, never a deadlock"),
                        Capability.no("SQLite runs one writer at a time, so every schedule is serial: there"
                                + " is no conflict to detect"),
                        Capability.yes("one writer at a time: the pool's transactions begin IMMEDIATE and wait"
                                + " on busy_timeout, because a DEFERRED transaction that upgrades to a write"
                                + " lock fails at once with SQLITE_BUSY"),
                        Capability.yes("DDL is transactional"),
                        32_766);
            case POSTGRESQL:
                return new Capabilities(
                        Capability.yes("pg_terminate_backend(pid) from a second session; pid from pg_backend_pid()"),
                        Capability.yes("40P01 deadlock_detected after deadlock_timeout (1 s)"),
                        Capability.yes("SERIALIZABLE is SSI: of two transactions in a write-skew, one fails"
                                + " with 40001 serialization_failure"),
                        Capability.yes("row-level locks"),
                        Capability.yes("DDL is transactional"),
                        65_535);
            case MYSQL:
                return new Capabilities(
                        Capability.yes("KILL id from a second session; id from CONNECTION_ID()"),
                        Capability.yes("InnoDB reports a lock cycle at once as 1213 ER_LOCK_DEADLOCK"),
                        Capability.yes("SERIALIZABLE turns plain reads into shared-lock reads: the write skew"
                                + " becomes a lock cycle, reported as 1213 ER_LOCK_DEADLOCK"),
                        Capability.yes("row-level locks (with gap locks on FK indexes)"),
                        Capability.no("MariaDB commits each DDL statement; a failed create keeps what it made"),
                        65_535);
            default:
                throw new IllegalArgumentException("no capability row for " + dialect);
        }
    }
}
