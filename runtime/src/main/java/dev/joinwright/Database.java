package dev.joinwright;

import dev.joinwright.internal.SqlErrors;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The handle generated DAOs run on: a {@link DataSource} and its {@link Dialect}, plus
 * thread-bound transactions.
 *
 * <pre>{@code
 * Database db = Database.of(pooledDataSource);           // dialect detected once
 * UserDao users = new UserDao(db);
 * db.runInTransaction(() -> {
 *     UserRecord ada = users.insert(...);
 *     contents.insert(...);                               // both or neither
 * });
 * }</pre>
 *
 * <p><b>Transactions.</b> {@link #inTransaction} takes a connection, turns autocommit off, runs
 * the work, and commits; any exception rolls back and is rethrown ({@link SQLException}s
 * translated). The connection is bound to the calling thread, so every DAO call in the work joins
 * the transaction, and a nested {@code inTransaction} joins the outer one. If a statement or a
 * nested transaction fails inside a transaction and the work catches the exception, the
 * transaction is marked rollback-only: it rolls back at the end and a
 * {@link DataAccessException} says why (PostgreSQL would refuse to go on anyway; MySQL and SQLite
 * would silently commit half the work). Autocommit is restored and the connection closed (returned
 * to the pool) afterwards, also when the connection died.
 *
 * <p><b>Connections.</b> Outside a transaction every statement takes its own connection and closes
 * it. On SQLite every connection the runtime takes gets {@code PRAGMA foreign_keys = ON}.
 *
 * <p><b>Logging.</b> Each statement the runtime runs is logged, with its elapsed time, at
 * {@code DEBUG} on the {@link System.Logger} named {@code dev.joinwright.sql}; off by default.
 *
 * <p>A {@code Database} is thread-safe; share one per data source.
 */
public final class Database {
    private static final System.Logger LOG = System.getLogger("dev.joinwright");
    private static final System.Logger SQL_LOG = System.getLogger("dev.joinwright.sql");

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private Database(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * A database over {@code dataSource}, its dialect detected from the metadata of one connection.
     *
     * @throws IllegalArgumentException if the database product is not supported
     * @throws DataAccessException if no connection can be obtained
     */
    public static Database of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return new Database(dataSource, Dialect.detect(connection.getMetaData()));
        } catch (SQLException e) {
            throw new DataAccessException("Cannot detect the SQL dialect of " + dataSource + ": " + e.getMessage(), e);
        }
    }

    /** A database over {@code dataSource} with a known dialect; no connection is taken. */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(dataSource, dialect);
    }

    /**
     * An H2 database in memory, {@code jdbc:h2:mem:<name>;DB_CLOSE_DELAY=-1}: it lives as long as
     * the JVM, and every handle of one name sees the same data. H2 must be on the runtime classpath.
     *
     * @throws IllegalStateException if the H2 driver is not on the classpath
     */
    public static Database h2InMemory(String name) {
        return h2("jdbc:h2:mem:" + Objects.requireNonNull(name, "name") + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * An H2 database in a file: {@code file} plus H2's suffix {@code .mv.db}. H2 must be on the
     * runtime classpath.
     *
     * @throws IllegalStateException if the H2 driver is not on the classpath
     */
    public static Database h2File(Path file) {
        return h2("jdbc:h2:" + file.toAbsolutePath());
    }

    private static Database h2(String url) {
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 JDBC driver is not on the runtime classpath; add the"
                    + " dependency com.h2database:h2 to use " + url, e);
        }
        return new Database(new DriverManagerDataSource(url), Dialect.H2);
    }

    /** The dialect statements are written and values bound for. */
    public Dialect dialect() {
        return dialect;
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} in a transaction and returns its result; joins the calling thread's
     * transaction if one is open. See the class documentation.
     *
     * @throws DataAccessException translated from a {@link SQLException} of the work, the commit, or
     *     taking the connection; or because a failure inside the transaction marked it rollback-only
     */
    public <T> T inTransaction(TransactionCallback<T> work) {
        Objects.requireNonNull(work, "work");
        Transaction outer = current.get();
        if (outer != null) {
            return joined(outer, work);
        }
        Transaction tx;
        try {
            tx = new Transaction(open());
        } catch (SQLException e) {
            throw translate(e);
        }
        current.set(tx);
        Throwable failure = null;
        try {
            return runAndCommit(tx, work);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            current.remove();
            release(tx, failure);
        }
    }

    /** Like {@link #inTransaction(TransactionCallback)}, for work without a result. */
    public void runInTransaction(TransactionRunnable work) {
        Objects.requireNonNull(work, "work");
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} on the calling thread's transaction connection if a transaction is open,
     * else on a fresh connection that is closed afterwards. A {@link SQLException} is translated;
     * inside a transaction any failure also marks the transaction rollback-only. The work must not
     * close, commit or roll back the connection.
     */
    public <T> T withConnection(ConnectionWork<T> work) {
        Transaction tx = current.get();
        if (tx != null) {
            try {
                return work.apply(tx.connection);
            } catch (SQLException e) {
                DataAccessException translated = translate(e);
                tx.markRollbackOnly(translated);
                throw translated;
            } catch (RuntimeException e) {
                tx.markRollbackOnly(e);
                throw e;
            }
        }
        try (Connection connection = open()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Work on a JDBC connection, for {@link #withConnection(ConnectionWork)}. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        /** Uses the connection; must not close it. */
        T apply(Connection connection) throws SQLException;
    }

    private <T> T joined(Transaction outer, TransactionCallback<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            DataAccessException translated = translate(e);
            outer.markRollbackOnly(translated);
            throw translated;
        } catch (RuntimeException e) {
            outer.markRollbackOnly(e);
            throw e;
        }
    }

    private <T> T runAndCommit(Transaction tx, TransactionCallback<T> work) {
        Connection connection = tx.connection;
        try {
            tx.begin();
        } catch (SQLException e) {
            throw translate(e);
        }
        T result;
        try {
            result = work.run();
        } catch (SQLException e) {
            throw rollback(connection, translate(e));
        } catch (RuntimeException e) {
            throw rollback(connection, e);
        } catch (Error e) {
            throw rollback(connection, e);
        }
        RuntimeException cause = tx.rollbackCause();
        if (cause != null) {
            throw rollback(connection, new DataAccessException("Transaction rolled back: a statement in it"
                    + " failed and the exception was caught inside the transaction: " + cause.getMessage(), cause));
        }
        try {
            connection.commit();
            log("COMMIT");
        } catch (SQLException e) {
            throw rollback(connection, translate(e));
        }
        return result;
    }

    private <X extends Throwable> X rollback(Connection connection, X failure) {
        try {
            connection.rollback();
            log("ROLLBACK");
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e); // typically the connection died; the failure says why
        }
        return failure;
    }

    /** Restores autocommit and closes; problems are added to {@code failure}, or logged after a commit. */
    private void release(Transaction tx, Throwable failure) {
        try (Connection connection = tx.connection) {
            if (tx.restoreAutoCommit() && !connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.log(Level.WARNING, "Could not release a connection after commit", e);
            }
        }
    }

    private Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (dialect == Dialect.SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
        return connection;
    }

    private DataAccessException translate(SQLException e) {
        return SqlErrors.translate(e, dialect);
    }

    private static void log(String statement) {
        if (SQL_LOG.isLoggable(Level.DEBUG)) {
            SQL_LOG.log(Level.DEBUG, statement);
        }
    }

    @Override
    public String toString() {
        return "Database[" + dialect.id() + ", " + dataSource + "]";
    }
}
