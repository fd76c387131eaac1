package dev.joinwright.it.matrix;

import dev.joinwright.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The four databases of the matrix. Scenarios take one as their parameter
 * ({@link OnAllDatabases}), so each test's name shows its database, and get an isolated
 * {@link Sandbox} from it: a fresh in-memory H2 database, a fresh SQLite file, a fresh PostgreSQL
 * schema (reached through {@code currentSchema}) or a fresh MariaDB database, dropped afterwards.
 *
 * <p>A server that does not answer makes its scenarios skip with a message saying how to start it;
 * under {@code CI=true} that is a failure instead.
 */
public enum TestDatabase {
    H2("H2", Dialect.H2, null),
    SQLITE("SQLite", Dialect.SQLITE, null),
    POSTGRESQL("PostgreSQL", Dialect.POSTGRESQL,
            "PostgreSQL at 127.0.0.1:5432 is not answering; start it with"
                    + " `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (or run .ci/run)"),
    MARIADB("MariaDB", Dialect.MYSQL,
            "MariaDB at 127.0.0.1:3306 is not answering; start it with"
                    + " `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd` (or run .ci/run)");

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=3000";

    private final String displayName;
    private final Dialect dialect;
    private final String howToStart;
    private final Capabilities capabilities;
    private volatile Boolean reachable;

    TestDatabase(String displayName, Dialect dialect, String howToStart) {
        this.displayName = displayName;
        this.dialect = dialect;
        this.howToStart = howToStart;
        this.capabilities = Capabilities.of(dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    /**
     * A fresh, empty namespace on this database, dropped by {@link Sandbox#close()}. Skips the
     * calling test (fails it under {@code CI=true}) if the server is down.
     */
    public Sandbox openSandbox() {
        requireReachable();
        String name = "jw_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        try {
            switch (this) {
                case H2:
                    return new Sandbox(this, name,
                            "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "", "",
                            "SHUTDOWN", null);
                case SQLITE:
                    Path file = Files.createTempFile(name, ".db");
                    return new Sandbox(this, name, "jdbc:sqlite:" + file + "?busy_timeout=10000", "", "",
                            null, file);
                case POSTGRESQL:
                    admin("CREATE SCHEMA " + name);
                    return new Sandbox(this, name, PG_ADMIN + "&currentSchema=" + name, "postgres", "",
                            "DROP SCHEMA " + name + " CASCADE", null);
                case MARIADB:
                    admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    return new Sandbox(this, name,
                            "jdbc:mariadb://127.0.0.1:3306/" + name + "?connectTimeout=3000", "root", "",
                            "DROP DATABASE " + name, null);
                default:
                    throw new AssertionError(this);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a sandbox on " + this + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one statement on the server's admin database ({@code test}). */
    void admin(String sql) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A connection to the server's shared {@code test} database, for creating and dropping sandboxes. */
    Connection adminConnection() throws SQLException {
        switch (this) {
            case POSTGRESQL: return DriverManager.getConnection(PG_ADMIN, "postgres", "");
            case MARIADB: return DriverManager.getConnection(MARIADB_ADMIN, "root", "");
            default: throw new IllegalStateException(this + " is embedded: it has no admin database");
        }
    }

    private void requireReachable() {
        if (howToStart == null) {
            return;
        }
        if (reachable == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = adminConnection()) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        if (!reachable) {
            if (CI) {
                Assertions.fail(howToStart + " (CI=true: a database that is down is a failure)");
            }
            Assumptions.abort(howToStart);
        }
    }

    /** The name shown in test names and the matrix's column headers. */
    @Override
    public String toString() {
        return displayName;
    }

    /** Lower-case, for building names. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
