package dev.joinwright;

import dev.joinwright.internal.SqlErrors;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The handle generated DAOs run on: where connections come from, who owns their transactions,
 * the {@link Dialect} and its {@link Codecs}, plus thread-bound transactions.
 *
 * <pre>{@code
 * Database db = Database.of(pooledDataSource);            // Joinwright owns its connections
 * Database db = Database.managed(springProxyDataSource);  // a transaction manager owns them
 * Database db = Database.of(connection);                  // the application owns this one
 * db.runInTransaction(() -> {
 *     UserRecord ada = users.insert(...);
 *     contents.insert(...);                               // both or neither
 * });
 * }</pre>
 *
 * <p><b>Who owns the transaction.</b> Joinwright commits or rolls back only transactions it began:
 * <ul>
 * <li>{@link #of(DataSource)}: every connection it takes is Joinwright's. A statement outside a
 *     Joinwright transaction is durable when the call returns: if the pool hands out connections
 *     with autocommit off (HikariCP {@code autoCommit=false}), Joinwright commits it.
 * <li>{@link #managed(DataSource)}: a transaction manager (Spring's
 *     {@code TransactionAwareDataSourceProxy}, a JTA data source) owns the transactions. A
 *     connection that arrives with autocommit off is inside the manager's transaction: Joinwright
 *     joins it and never calls {@code commit}, {@code rollback} or {@code setAutoCommit} on it. Its
 *     own multi-statement writes (batches, link sets, {@code replaceX}, {@link #inTransaction}) are
 *     fenced by a savepoint, so a failed one is undone and the owner's transaction stays usable. A
 *     connection that arrives with autocommit on has no outer transaction: Joinwright runs its
 *     atomic writes in a short transaction of its own.
 * <li>{@link #of(Connection)}: one connection the application owns, with the rules of
 *     {@code managed}; Joinwright never closes it. Use it from one thread at a time.
 * </ul>
 *
 * <p><b>Transactions.</b> {@link #inTransaction} binds a connection to the calling thread, so every
 * DAO call in the work joins the transaction, and a nested {@code inTransaction} joins the outer
 * one. Every {@link Throwable} the work throws rolls the transaction back and is rethrown as it is,
 * checked exceptions thrown sneakily included ({@link SQLException}s translated). A failure inside
 * the transaction that the work catches, of any kind ({@link AssertionError} included), still marks
 * the transaction rollback-only: it rolls back at the end and a {@link DataAccessException} says
 * why (PostgreSQL would refuse to go on anyway; MySQL and SQLite would silently commit half the
 * work). {@link TransactionOptions} set the isolation level and read-only flag and re-run the
 * outermost transaction on {@link RetryableException}. Afterwards the connection's autocommit,
 * isolation and read-only flag are restored, and it is closed (returned to the pool); a
 * transaction that could not end is never committed by that restore.
 *
 * <p><b>SQLite</b> enforces foreign keys only where {@code PRAGMA foreign_keys} is on, a setting of
 * the connection that cannot change inside an open transaction. Joinwright checks it on every
 * connection it takes: it switches it on outside a transaction; a connection of its own that
 * arrives in the empty transaction of a pool with autocommit off is settled first (rolled back,
 * autocommit on, pragma, autocommit off again); a connection inside someone else's transaction
 * with foreign keys off is refused with a {@link DataAccessException} (open it with
 * {@code foreign_keys=true} in the JDBC URL).
 *
 * <p><b>Logging.</b> Each statement the runtime runs is logged, with its elapsed time, at
 * {@code DEBUG} on the {@link System.Logger} named {@code dev.joinwright.sql}, and with its bound
 * values at {@code TRACE}; off by default.
 *
 * <p>A {@code Database} is thread-safe (except over one {@link Connection}); share one per data
 * source.
 */
public final class Database {
    private static final System.Logger LOG = System.getLogger("dev.joinwright");
    private static final System.Logger SQL_LOG = System.getLogger("dev.joinwright.sql");
    /** What {@link #h2InMemory} accepts as a database name: nothing H2 would read as a URL setting. */
    private static final Pattern H2_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    private final ConnectionSource source;
    private final Dialect dialect;
    private final Codecs codecs;
    private final ThreadLocal<TransactionScope> current = new ThreadLocal<>();
    /** What {@link #onOneConnection} holds for the calling thread outside a transaction. */
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /** The connection of an {@link #onOneConnection}, taken at its first statement. */
    private static final class Held {
        Connection connection;

        Connection connection(Database db) {
            if (connection == null) {
                connection = db.acquire();
            }
            return connection;
        }
    }

    private Database(ConnectionSource source, Dialect dialect) {
        this.source = source;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.codecs = Codecs.of(dialect);
    }

    /**
     * A database over {@code dataSource} that owns every connection it takes, its dialect detected
     * from the metadata of one connection.
     *
     * @throws IllegalArgumentException if the database product is not supported
     * @throws DataAccessException if no connection can be obtained
     */
    public static Database of(DataSource dataSource) {
        return new Database(ConnectionSource.owned(dataSource), detect(dataSource));
    }

    /** Like {@link #of(DataSource)} with a known dialect; no connection is taken. */
    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(ConnectionSource.owned(dataSource), dialect);
    }

    /**
     * A database over a data source whose transactions a transaction manager owns (Spring's
     * {@code TransactionAwareDataSourceProxy}, a JTA data source); see the class documentation.
     *
     * @throws IllegalArgumentException if the database product is not supported
     * @throws DataAccessException if no connection can be obtained to detect the dialect
     */
    public static Database managed(DataSource dataSource) {
        return new Database(ConnectionSource.managed(dataSource), detect(dataSource));
    }

    /** Like {@link #managed(DataSource)} with a known dialect; no connection is taken. */
    public static Database managed(DataSource dataSource, Dialect dialect) {
        return new Database(ConnectionSource.managed(dataSource), dialect);
    }

    /**
     * A database over one connection that the application owns: Joinwright joins its transaction
     * when autocommit is off, and never closes it. Not for concurrent use.
     *
     * @throws DataAccessException if the driver cannot report its product name
     */
    public static Database of(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        try {
            return new Database(ConnectionSource.single(connection), Dialect.detect(connection.getMetaData()));
        } catch (SQLException e) {
            throw new DataAccessException("Cannot detect the SQL dialect of " + connection + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #of(Connection)} with a known dialect. */
    public static Database of(Connection connection, Dialect dialect) {
        return new Database(ConnectionSource.single(connection), dialect);
    }

    private static Dialect detect(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection.getMetaData());
        } catch (SQLException e) {
            throw new DataAccessException("Cannot detect the SQL dialect of " + dataSource + ": " + e.getMessage(), e);
        }
    }

    /**
     * An H2 database in memory, {@code jdbc:h2:mem:<name>;DB_CLOSE_DELAY=-1}: it lives as long as
     * the JVM, and every handle of one name sees the same data. H2 must be on the runtime classpath.
     *
     * @param name letters, digits, {@code _}, {@code -} and {@code .}, at most 200 characters
     * @throws IllegalArgumentException if {@code name} is anything else (it would become part of
     *     the JDBC URL, where {@code ;} starts settings such as {@code INIT} that run SQL)
     * @throws IllegalStateException if the H2 driver is not on the classpath
     */
    public static Database h2InMemory(String name) {
        Objects.requireNonNull(name, "name");
        if (!H2_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain H2 database name: '" + name + "'. Use letters, digits,"
                    + " '_', '-' and '.' (at most 200 characters, not starting with '-' or '.'); the name becomes"
                    + " part of the JDBC URL, where ';' would start URL settings");
        }
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * An H2 database in a file: {@code file} plus H2's suffix {@code .mv.db}. H2 must be on the
     * runtime classpath.
     *
     * @throws IllegalArgumentException if the path contains {@code ;}, which H2 would read as the
     *     start of URL settings (H2 has no way to escape it in a file name)
     * @throws IllegalStateException if the H2 driver is not on the classpath
     */
    public static Database h2File(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("An H2 database file path must not contain ';': '" + path
                    + "'. H2 reads everything after ';' in its JDBC URL as settings, and cannot escape it");
        }
        return h2("jdbc:h2:" + path);
    }

    private static Database h2(String url) {
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 JDBC driver is not on the runtime classpath; add the"
                    + " dependency com.h2database:h2 to use " + url, e);
        }
        return new Database(ConnectionSource.owned(new DriverManagerDataSource(url)), Dialect.H2);
    }

    /** The dialect statements are written and values bound for. */
    public Dialect dialect() {
        return dialect;
    }

    /** The dialect's codecs: how each Java type is bound and read on this database. */
    public Codecs codecs() {
        return codecs;
    }

    /**
     * The data source connections come from.
     *
     * @throws IllegalStateException for a database over one connection ({@link #of(Connection)})
     */
    public DataSource dataSource() {
        return source.dataSource();
    }

    /**
     * Runs {@code work} in a transaction and returns its result; joins the calling thread's
     * transaction if one is open. See the class documentation.
     *
     * @throws DataAccessException translated from a {@link SQLException} of the work, the commit, or
     *     taking the connection; or because a failure inside the transaction marked it rollback-only
     */
    public <T> T inTransaction(TransactionCallback<T> work) {
        return inTransaction(TransactionOptions.DEFAULTS, work);
    }

    /**
     * Runs {@code work} in a transaction with {@code options} (isolation, read-only, retries) and
     * returns its result. A nested call joins the outer transaction (see {@link TransactionOptions}).
     *
     * @throws RetryableException if the last allowed attempt failed because of concurrent work
     * @throws IllegalStateException if a joined transaction cannot have the options asked for
     */
    public <T> T inTransaction(TransactionOptions options, TransactionCallback<T> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        TransactionScope outer = current.get();
        if (outer != null) {
            return joined(outer, options, work);
        }
        for (int attempt = 1; ; attempt++) {
            TransactionScope scope = begin(options);
            try {
                return run(scope, work);
            } catch (RetryableException e) {
                if (!scope.isOwn() || attempt >= options.maxAttempts()) {
                    throw e;
                }
                backOff(options, attempt, e);
            }
        }
    }

    /** Like {@link #inTransaction(TransactionCallback)}, for work without a result. */
    public void runInTransaction(TransactionRunnable work) {
        runInTransaction(TransactionOptions.DEFAULTS, work);
    }

    /** Like {@link #inTransaction(TransactionOptions, TransactionCallback)}, for work without a result. */
    public void runInTransaction(TransactionOptions options, TransactionRunnable work) {
        Objects.requireNonNull(work, "work");
        inTransaction(options, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} on the calling thread's transaction connection if a transaction is open,
     * else on a connection of its own that is given back afterwards (and, from a data source
     * Joinwright owns whose connections arrive with autocommit off, committed first, or rolled back
     * if the work failed). A {@link SQLException} is translated; inside a transaction any failure
     * also marks the transaction rollback-only. The work must not close, commit or roll back the
     * connection.
     */
    public <T> T withConnection(ConnectionWork<T> work) {
        Objects.requireNonNull(work, "work");
        TransactionScope scope = current.get();
        if (scope != null) {
            try {
                return work.apply(scope.connection);
            } catch (Throwable e) {
                Throwable failure = translated(e);
                scope.markRollbackOnly(failure);
                throw sneaky(failure);
            }
        }
        Connection connection = take();
        Throwable failure = null;
        try {
            if (!source.ownsTransactions() || connection.getAutoCommit()) {
                return work.apply(connection);
            }
            return commitAlone(connection, work);
        } catch (Throwable e) {
            failure = translated(e);
            throw sneaky(failure);
        } finally {
            release(connection, failure);
        }
    }

    /**
     * Runs {@code work}, any number of DAO calls, on one connection, taken at its first statement
     * and given back afterwards, instead of one connection per statement: for a sequence of reads,
     * such as a fetch plan's statements (generated {@code findById(id, plan)}, {@code findAll(plan)}
     * and {@code load(rows, plan)} run their statements so). It opens no transaction: every statement
     * inside commits as it would outside (autocommit, or committed alone on a connection Joinwright
     * owns that arrives with autocommit off; see {@link #withConnection}), and the reads are not
     * one snapshot; use {@link #inTransaction} for that. A transaction begun inside runs on the held
     * connection. Inside a transaction the work runs on the transaction's connection, nested inside
     * another {@code onOneConnection} on its connection; {@link #of(Connection)} has only one
     * connection anyway. {@link #stream} takes a connection of its own (a stream may outlive the
     * work). A {@link SQLException} of the work is translated; every failure is rethrown after the
     * connection is given back.
     *
     * @throws DataAccessException if no connection can be obtained, or translated from the work
     */
    public <T> T onOneConnection(TransactionCallback<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null || held.get() != null) {
            try {
                return work.run();
            } catch (Throwable e) {
                throw sneaky(translated(e));
            }
        }
        Held holding = new Held();
        held.set(holding);
        Throwable failure = null;
        try {
            return work.run();
        } catch (Throwable e) {
            failure = translated(e);
            throw sneaky(failure);
        } finally {
            held.set(null); // not remove(): the next get() would allocate the thread's entry again
            if (holding.connection != null) {
                giveBack(holding.connection, failure);
            }
        }
    }

    /**
     * Runs {@code work} whose statements commit whatever transaction is open on their connection
     * (every DDL statement on H2 and MySQL/MariaDB does) on a connection where no transaction is
     * open: one that arrives with autocommit on, or one Joinwright owns ({@link #of(DataSource)}),
     * committed after the work as {@link #withConnection} does. So the work never commits someone
     * else's transaction.
     *
     * @throws IllegalStateException inside a transaction the work would commit: the calling thread's
     *     Joinwright transaction, or, for {@link #managed} and {@link #of(Connection)}, the owner's
     *     transaction on a connection that arrives with autocommit off
     */
    public <T> T outsideTransaction(ConnectionWork<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            throw new IllegalStateException("This work commits the open transaction (DDL on " + dialect.id()
                    + " does), and the calling thread is inside a Joinwright transaction: run it outside"
                    + " db.runInTransaction/inTransaction");
        }
        return withConnection(connection -> {
            if (!source.ownsTransactions() && !connection.getAutoCommit()) {
                throw new IllegalStateException("This work commits the open transaction (DDL on " + dialect.id()
                        + " does), and the connection arrived with autocommit off, inside a transaction its owner"
                        + " holds (" + source + "): run it on a connection with autocommit on, outside that"
                        + " transaction");
            }
            return work.apply(connection);
        });
    }

    /**
     * Runs the query {@code sql} and returns its rows as a lazy stream over an <b>open cursor</b>:
     * rows are read from the database as the stream is consumed, never more than a bounded number
     * at a time (the driver's fetch size, 1,000 rows; see below), so a result of any size can be
     * processed in constant memory. Close the stream, best with try-with-resources:
     *
     * <pre>{@code
     * try (Stream<UserRecord> all = db.stream("SELECT " + users.columnList() + " FROM users",
     *         Database.Parameters.NONE, users.rowReader())) {
     *     all.forEach(exporter::write);
     * }
     * }</pre>
     *
     * <p>The statement runs when this method is called (so a bad statement fails here), and its
     * connection, statement and result set are released exactly once: when the last row has been
     * read, when reading a row, mapping it or the stream's consumer fails, or when the stream is
     * closed, whichever comes first. A stream abandoned after a few rows must be closed: until
     * then it holds its connection.
     *
     * <p>Where the connection comes from follows the ownership rules of the class documentation:
     * <ul>
     * <li>inside {@link #inTransaction} the stream reads on the transaction's connection (close it
     *     before the transaction ends); a failure while streaming marks the transaction
     *     rollback-only;
     * <li>else the stream takes a connection of its own and gives it back when released. PostgreSQL
     *     streams only inside a transaction, so on a connection that arrives with autocommit on the
     *     stream runs in a short read transaction of its own (autocommit off while it is open, then
     *     committed and autocommit restored), under every factory; a connection Joinwright owns that
     *     arrives with autocommit off ({@link #of(DataSource)} over such a pool) is committed
     *     afterwards; a connection that arrives inside a transaction manager's or the application's
     *     transaction ({@link #managed}, {@link #of(Connection)}) is read in that transaction, which
     *     Joinwright never commits, rolls back or changes.
     * </ul>
     *
     * <p>Per driver: pgjdbc and MariaDB Connector/J fetch 1,000 rows at a time; Oracle's MySQL
     * Connector/J streams row by row (fetch size {@link Integer#MIN_VALUE}); embedded H2 keeps a
     * bounded number of result rows in memory and buffers the rest on disk; SQLite steps through
     * the rows natively. While a MySQL/MariaDB stream is open its connection can run no other
     * statement (the driver would first read the rest of the result into memory), and closing it
     * early reads and discards the rows the server has left to send. With
     * {@link #of(Connection)}, run nothing else on the connection while a stream is open.
     *
     * @param sql a query; its values bound by {@code parameters}
     * @param parameters binds the query's parameters, typically through {@link #codecs()}
     * @param reader reads one row, e.g. a DAO's {@code rowReader()}
     * @throws DataAccessException translated from a {@link SQLException} of preparing or running
     *     the query, or of taking the connection (also from the stream's operations and its
     *     {@code close}, for reading rows and ending the cursor's transaction)
     */
    public <T> java.util.stream.Stream<T> stream(String sql, Parameters parameters, RowReader<? extends T> reader) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(reader, "reader");
        TransactionScope scope = current.get();
        if (scope != null) {
            return RowCursor.open(scope.connection, dialect, sql, parameters, reader, failure -> {
                if (failure != null) {
                    scope.markRollbackOnly(failure);
                }
            });
        }
        Connection connection = acquire();
        RowCursor.End end;
        try {
            end = streamingOn(connection);
        } catch (Throwable e) {
            Throwable failure = translated(e);
            giveBack(connection, failure);
            throw sneaky(failure);
        }
        return RowCursor.open(connection, dialect, sql, parameters, reader, end);
    }

    /**
     * Readies a connection of the stream's own for streaming, and says how to end with it: a short
     * transaction where the dialect streams only inside one and autocommit is on; a commit of
     * Joinwright's own open transaction; nothing for an owner's transaction. Then the connection is
     * given back.
     */
    private RowCursor.End streamingOn(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        boolean ownTransaction = autoCommit ? dialect.streamsOnlyInTransaction() : source.ownsTransactions();
        if (autoCommit && ownTransaction) {
            connection.setAutoCommit(false);
        }
        return failure -> {
            try {
                if (ownTransaction) {
                    endStreaming(connection, autoCommit, failure);
                }
            } catch (SQLException | RuntimeException e) {
                giveBack(connection, e);
                throw e;
            }
            giveBack(connection, failure);
        };
    }

    /** Commits (or after a failure rolls back) the stream's own transaction and restores autocommit. */
    private static void endStreaming(Connection connection, boolean restoreAutoCommit, Throwable failure)
            throws SQLException {
        SQLException problem = null;
        try {
            if (failure == null) {
                connection.commit();
            } else {
                rollbackAlone(connection, failure);
            }
        } catch (SQLException e) {
            problem = rollbackAlone(connection, e); // the commit failed: nothing of it may stay open
        }
        if (restoreAutoCommit) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                if (problem == null) {
                    problem = e;
                } else {
                    problem.addSuppressed(e);
                }
            }
        }
        if (problem != null) {
            throw problem;
        }
    }

    /** Binds the parameters of a statement, for {@link #stream}. */
    @FunctionalInterface
    public interface Parameters {
        /** Binds nothing, for statements without parameters. */
        Parameters NONE = ps -> { };

        /** Sets the parameters of {@code ps}, from index 1, typically through {@link Database#codecs()}. */
        void bind(java.sql.PreparedStatement ps) throws SQLException;
    }

    /** Work on a JDBC connection, for {@link #withConnection(ConnectionWork)}. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        /** Uses the connection; must not close it. */
        T apply(Connection connection) throws SQLException;
    }

    /** One statement's work on an owned connection with autocommit off: commit it, or roll it back. */
    private <T> T commitAlone(Connection connection, ConnectionWork<T> work) throws SQLException {
        T result;
        try {
            result = work.apply(connection);
            connection.commit();
        } catch (Throwable e) {
            throw sneaky(rollbackAlone(connection, e));
        }
        return result;
    }

    private static <X extends Throwable> X rollbackAlone(Connection connection, X failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private <T> T joined(TransactionScope outer, TransactionOptions options, TransactionCallback<T> work) {
        if (options.changesSettings() && (options.readOnly() != outer.options.readOnly()
                || options.isolation() != null && options.isolation() != outer.options.isolation())) {
            throw new IllegalStateException("A nested transaction joins the outer one and cannot change its"
                    + " settings: outer " + outer.options + ", nested " + options);
        }
        try {
            return work.run();
        } catch (Throwable e) {
            Throwable failure = translated(e);
            outer.markRollbackOnly(failure);
            throw sneaky(failure);
        }
    }

    /** Takes a connection and opens a transaction of Joinwright's own, or a savepoint in the owner's. */
    private TransactionScope begin(TransactionOptions options) {
        Connection connection = take();
        try {
            TransactionScope scope = connection.getAutoCommit() || source.ownsTransactions()
                    ? TransactionScope.own(connection, dialect, options)
                    : TransactionScope.savepoint(connection, dialect, options);
            log(scope.isOwn() ? "BEGIN" : "SAVEPOINT");
            return scope;
        } catch (Throwable e) {
            Throwable failure = translated(e);
            release(connection, failure);
            throw sneaky(failure);
        }
    }

    private <T> T run(TransactionScope scope, TransactionCallback<T> work) {
        current.set(scope);
        Throwable failure = null;
        try {
            T result = work.run();
            Throwable cause = scope.rollbackCause();
            if (cause != null) {
                throw new DataAccessException("Transaction rolled back: work inside it failed and the exception"
                        + " was caught inside the transaction: " + cause, cause);
            }
            scope.commit();
            log(scope.isOwn() ? "COMMIT" : "RELEASE SAVEPOINT");
            return result;
        } catch (Throwable e) {
            failure = translated(e);
            rollback(scope, failure);
            throw sneaky(failure);
        } finally {
            current.set(null); // not remove(): the next get() would allocate the thread's entry again
            end(scope, failure);
        }
    }

    private void rollback(TransactionScope scope, Throwable failure) {
        if (scope.ended()) {
            return; // committed, and only the logging after it failed
        }
        try {
            scope.rollback();
            log(scope.isOwn() ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT");
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e); // typically the connection died; the failure says why
        }
    }

    /**
     * Restores the connection's settings if the transaction ended (never before: turning autocommit
     * back on would commit what is left), then gives the connection back.
     */
    private void end(TransactionScope scope, Throwable failure) {
        try {
            if (scope.ended() && !scope.connection.isClosed()) {
                scope.restore();
            }
        } catch (SQLException | RuntimeException e) {
            report(failure, e);
        }
        release(scope.connection, failure);
    }

    /**
     * A connection for a statement or a transaction: the one {@link #onOneConnection} holds, else
     * the pool's.
     */
    private Connection take() {
        Held holding = held.get();
        return holding != null ? holding.connection(this) : acquire();
    }

    /**
     * Gives back what {@link #take} took, unless {@link #onOneConnection} holds it (it gives it back
     * itself).
     */
    private void release(Connection connection, Throwable failure) {
        Held holding = held.get();
        if (holding == null || holding.connection != connection) {
            giveBack(connection, failure);
        }
    }

    private Connection acquire() {
        Connection connection;
        try {
            connection = source.acquire();
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            prepare(connection);
        } catch (Throwable e) {
            Throwable failure = translated(e);
            giveBack(connection, failure);
            throw sneaky(failure);
        }
        return connection;
    }

    /** SQLite: foreign keys on, whatever state the connection arrives in (see the class documentation). */
    private void prepare(Connection connection) throws SQLException {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return;
                }
            }
            if (connection.getAutoCommit()) {
                statement.execute("PRAGMA foreign_keys = ON");
                return;
            }
            if (!source.ownsTransactions()) {
                throw new DataAccessException("SQLite foreign keys are off on a connection that arrived inside a"
                        + " transaction Joinwright does not own (autocommit off), where PRAGMA foreign_keys cannot"
                        + " switch them on. Open the connections with foreign keys on: foreign_keys=true in the"
                        + " JDBC URL (jdbc:sqlite:app.db?foreign_keys=true) or SQLiteConfig.enforceForeignKeys(true)");
            }
            connection.rollback(); // the empty transaction the pool handed the connection in
            connection.setAutoCommit(true);
            statement.execute("PRAGMA foreign_keys = ON");
            connection.setAutoCommit(false);
        }
    }

    private void giveBack(Connection connection, Throwable failure) {
        try {
            source.release(connection);
        } catch (SQLException | RuntimeException e) {
            report(failure, e);
        }
    }

    private static void report(Throwable failure, Exception problem) {
        if (failure != null) {
            failure.addSuppressed(problem);
        } else {
            LOG.log(Level.WARNING, "Could not give back a connection after its work succeeded", problem);
        }
    }

    private static void backOff(TransactionOptions options, int attempt, RetryableException cause) {
        long millis = options.backoffBefore(attempt).toMillis();
        long jitter = millis > 1 ? ThreadLocalRandom.current().nextLong(millis / 2 + 1) : 0;
        log("RETRY " + (attempt + 1) + " of " + options.maxAttempts() + " after " + (millis + jitter) + " ms: "
                + cause.getMessage());
        try {
            Thread.sleep(Duration.ofMillis(millis + jitter).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(interrupted);
            throw cause;
        }
    }

    /** A {@link SQLException} translated; anything else as it is. */
    private Throwable translated(Throwable e) {
        return e instanceof SQLException ? translate((SQLException) e) : e;
    }

    private DataAccessException translate(SQLException e) {
        return SqlErrors.translate(e, dialect);
    }

    /** Rethrows {@code t} as it is, checked or not, without wrapping it. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static void log(String statement) {
        if (SQL_LOG.isLoggable(Level.DEBUG)) {
            SQL_LOG.log(Level.DEBUG, statement);
        }
    }

    @Override
    public String toString() {
        return "Database[" + dialect.id() + ", " + source + "]";
    }
}
