package dev.joinwright.internal;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the schema class's DDL through the runtime's transaction machinery, so that {@code create}
 * and {@code drop} follow the ownership rules of {@link Database} (SPEC section 6). Internal: for
 * generated code only.
 *
 * <ul>
 * <li>Where DDL is transactional (PostgreSQL, SQLite) the statements run in one transaction:
 *     Joinwright's own, or a savepoint inside the caller's, which is never committed. A failure
 *     leaves nothing done.
 * <li>Where every DDL statement commits the open transaction (H2, MySQL/MariaDB) they run one by
 *     one outside any transaction ({@link Database#outsideTransaction}), and are refused inside one
 *     rather than commit it. A failure runs the dialect's recovery statement on the same
 *     connection (MySQL: foreign-key checks back on).
 * </ul>
 */
public final class Ddl {
    private Ddl() {}

    /**
     * Runs {@code statements} on {@code db}.
     *
     * @param transactional whether the dialect's DDL can be rolled back
     * @param recovery what puts the session back when a non-transactional script fails, or {@code null}
     */
    public static void execute(Database db, List<String> statements, boolean transactional, String recovery) {
        if (transactional) {
            db.runInTransaction(() -> db.withConnection(connection -> run(connection, statements, null)));
        } else {
            db.outsideTransaction(connection -> run(connection, statements, recovery));
        }
    }

    /**
     * Runs {@code work}, rethrowing a database error as the {@link SQLException} it was translated
     * from, for the schema class's methods that declare it.
     */
    public static void checked(Runnable work) throws SQLException {
        try {
            work.run();
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException) {
                SQLException cause = (SQLException) e.getCause();
                for (Throwable suppressed : e.getSuppressed()) {
                    cause.addSuppressed(suppressed);
                }
                throw cause;
            }
            throw e;
        }
    }

    private static Void run(Connection connection, List<String> statements, String recovery) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                for (String sql : statements) {
                    long start = SqlLog.start();
                    try {
                        statement.execute(sql);
                    } finally {
                        SqlLog.end(sql, start);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (recovery != null) {
                    try {
                        statement.execute(recovery);
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                }
                throw e;
            }
        }
        return null;
    }
}
