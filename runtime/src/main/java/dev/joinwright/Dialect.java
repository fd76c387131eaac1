package dev.joinwright;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The SQL dialects Joinwright generates DDL and binds values for.
 *
 * <p>{@link #id()} names the dialect in resources: the processor writes the DDL of each dialect
 * to {@code META-INF/joinwright/<id>.sql}. {@link #maxBindParameters()} is the most bind
 * parameters the runtime puts into one statement, used to chunk batched navigation queries.
 */
public enum Dialect {
    /**
     * H2 2.x. Its {@code = ANY(?)} arrays take 512 keys each, a size chosen by measurement: H2's
     * cost per array grows faster than its length, so for 100,000 parents 65,535-key arrays took
     * 15-17 s, 8,192-key ones 2.3-2.9 s, 1,024-key ones 0.3-0.4 s and 128- to 512-key ones about
     * 0.2 s (runtime test {@code ArrayChunkMeasurement}).
     */
    H2("h2", 65_535, true, 512),
    /** PostgreSQL; pgjdbc sends the parameter count as an unsigned 16-bit number. */
    POSTGRESQL("postgresql", 65_535, true, 65_535),
    /** MySQL and MariaDB; a prepared statement takes at most 65,535 placeholders. */
    MYSQL("mysql", 65_535, false, 0),
    /** SQLite; {@code SQLITE_MAX_VARIABLE_NUMBER} is 32,766 since SQLite 3.32. */
    SQLITE("sqlite", 32_766, false, 0);

    private final String id;
    private final int maxBindParameters;
    private final boolean arrayParameters;
    private final int arrayChunkSize;

    Dialect(String id, int maxBindParameters, boolean arrayParameters, int arrayChunkSize) {
        this.id = id;
        this.maxBindParameters = maxBindParameters;
        this.arrayParameters = arrayParameters;
        this.arrayChunkSize = arrayChunkSize;
    }

    /**
     * The lower-case name of this dialect: {@code h2}, {@code postgresql}, {@code mysql} or
     * {@code sqlite}; also the base name of the DDL resource {@code META-INF/joinwright/<id>.sql}.
     */
    public String id() {
        return id;
    }

    /** The most bind parameters one statement may carry on this dialect. */
    public int maxBindParameters() {
        return maxBindParameters;
    }

    /**
     * Whether a statement can take an SQL array as one parameter ({@code WHERE id = ANY(?)}), so
     * that many keys are one parameter and one statement shape instead of an {@code IN} list.
     */
    public boolean supportsArrayParameters() {
        return arrayParameters;
    }

    /**
     * How many keys go into one array parameter of a {@code = ANY(?)} query, where the dialect
     * {@linkplain #supportsArrayParameters() has them} (0 elsewhere): 65,535 on PostgreSQL, where
     * the cost is linear in the keys; on H2 the measured sweet spot (its arrays also stop at 65,536).
     */
    public int arrayChunkSize() {
        return arrayChunkSize;
    }

    /**
     * Whether two transactions running one idempotent insert of the same new row at once can make
     * one of them fail with a unique violation: H2, whose {@code MERGE ... KEY} looks for the row
     * and then inserts it, without waiting for the other's uncommitted insert. PostgreSQL's
     * {@code ON CONFLICT DO NOTHING}, MySQL's {@code ON DUPLICATE KEY UPDATE} and SQLite's single
     * writer do not. {@code Jdbc.batchIdempotent} retries on those that do.
     */
    public boolean idempotentInsertsRace() {
        return this == H2;
    }

    /**
     * How many rows a streamed query ({@link Database#stream}) asks the driver for at a time, and so
     * the most rows it holds in memory: 1,000 on every driver but Oracle's MySQL Connector/J, which
     * streams only with {@link Integer#MIN_VALUE} (one row at a time). MariaDB Connector/J streams
     * with any fetch size above 0; pgjdbc with a fetch size inside a transaction
     * ({@link #streamsOnlyInTransaction()}); H2 over TCP fetches that many rows per round trip (an
     * embedded H2 keeps a bounded number of result rows in memory and buffers the rest on disk);
     * SQLite steps through rows natively.
     */
    int streamingFetchSize(Connection connection) throws SQLException {
        if (this == MYSQL) {
            String driver = connection.getMetaData().getDriverName();
            if (driver != null && driver.startsWith("MySQL")) {
                return Integer.MIN_VALUE;
            }
        }
        return STREAMING_FETCH_SIZE;
    }

    /** The rows a streamed query holds in memory at a time, where the driver takes a fetch size. */
    static final int STREAMING_FETCH_SIZE = 1_000;

    /**
     * Whether the driver streams only inside a transaction: pgjdbc ignores the fetch size with
     * autocommit on and reads the whole result into memory.
     */
    boolean streamsOnlyInTransaction() {
        return this == POSTGRESQL;
    }

    /**
     * Whether the isolation level of one transaction is set in one statement of that transaction,
     * {@code SET TRANSACTION ISOLATION LEVEL} ({@link #isolate}), leaving the session's level alone:
     * PostgreSQL, inside the transaction block, where pgjdbc sends it with its {@code BEGIN} (one
     * round trip; the JDBC calls that read, set and set back the session's level cost three).
     * Elsewhere the runtime sets the connection's level before the transaction and sets it back
     * afterwards: H2 has only a session level (in process when embedded), SQLite a pragma of the
     * connection, and on MySQL/MariaDB {@code SET TRANSACTION} applies to the next transaction,
     * which an empty transaction would not consume (the driver skips its {@code COMMIT}), leaving
     * the level to the connection's next user; making it safe takes a {@code START TRANSACTION},
     * as many round trips as Connector/J's set and set back (it caches the session's level).
     */
    boolean isolatesPerTransaction() {
        return this == POSTGRESQL;
    }

    /**
     * Sets the isolation of the transaction begun on {@code connection} (autocommit off, no
     * statement run in it yet, read-only already asked for), where the dialect
     * {@linkplain #isolatesPerTransaction() can}; nothing to undo afterwards.
     */
    void isolate(Connection connection, Isolation isolation) throws SQLException {
        execute(connection, "SET TRANSACTION ISOLATION LEVEL " + isolation.sql());
    }

    /**
     * Makes the transaction about to begin on {@code connection} read-only, where the database can:
     * PostgreSQL through the driver ({@code BEGIN READ ONLY}), MySQL/MariaDB with
     * {@code SET TRANSACTION READ ONLY} (for the next transaction only), SQLite with
     * {@code PRAGMA query_only}. H2 has no read-only transactions: the driver's flag is a hint.
     */
    void beginReadOnly(Connection connection) throws SQLException {
        switch (this) {
            case MYSQL:
                execute(connection, "SET TRANSACTION READ ONLY");
                break;
            case SQLITE:
                execute(connection, "PRAGMA query_only = 1");
                break;
            default:
                connection.setReadOnly(true);
                break;
        }
    }

    /** Undoes {@link #beginReadOnly} after the transaction ended. */
    void endReadOnly(Connection connection) throws SQLException {
        switch (this) {
            case MYSQL:
                break; // SET TRANSACTION applied to that one transaction only
            case SQLITE:
                execute(connection, "PRAGMA query_only = 0");
                break;
            default:
                connection.setReadOnly(false);
                break;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Detects the dialect from {@link DatabaseMetaData#getDatabaseProductName()}.
     *
     * @throws IllegalArgumentException if the product is not one Joinwright supports
     * @throws SQLException if the driver cannot report its product name
     */
    public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        return fromProductName(metaData.getDatabaseProductName());
    }

    /**
     * Maps a JDBC product name ({@code "H2"}, {@code "PostgreSQL"}, {@code "MySQL"},
     * {@code "MariaDB"}, {@code "SQLite"}) to its dialect.
     *
     * @throws IllegalArgumentException if the product is not one Joinwright supports
     */
    public static Dialect fromProductName(String productName) {
        String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.startsWith("postgresql")) {
            return POSTGRESQL;
        }
        if (name.startsWith("mysql") || name.startsWith("mariadb")) {
            return MYSQL;
        }
        if (name.startsWith("sqlite")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("Unsupported database product '" + productName
                + "': Joinwright supports H2, PostgreSQL, MySQL, MariaDB and SQLite. If the product is"
                + " compatible with one of them, pass the dialect explicitly: Database.of(dataSource, Dialect.X)");
    }
}
