package dev.joinwright;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a {@link Database} takes its connections from, and who owns the transactions they arrive
 * in: the three factories of {@code Database} are the three implementations.
 */
abstract class ConnectionSource {
    /** A connection for one statement or one transaction. */
    abstract Connection acquire() throws SQLException;

    /** Gives back a connection {@link #acquire()} returned. */
    abstract void release(Connection connection) throws SQLException;

    /**
     * Whether a connection that arrives with autocommit off is Joinwright's to commit: true for a
     * data source Joinwright owns (a pool configured with {@code autoCommit=false}), false where a
     * transaction manager or the application owns that transaction.
     */
    abstract boolean ownsTransactions();

    /** The data source, for {@link Database#dataSource()}. */
    abstract DataSource dataSource();

    /** {@code Database.of(dataSource)}: Joinwright owns every connection it takes. */
    static ConnectionSource owned(DataSource dataSource) {
        return new FromDataSource(dataSource, true);
    }

    /** {@code Database.managed(dataSource)}: a transaction manager owns the transactions. */
    static ConnectionSource managed(DataSource dataSource) {
        return new FromDataSource(dataSource, false);
    }

    /** {@code Database.of(connection)}: one connection the application owns and closes. */
    static ConnectionSource single(Connection connection) {
        return new Single(connection);
    }

    private static final class FromDataSource extends ConnectionSource {
        private final DataSource dataSource;
        private final boolean owned;

        FromDataSource(DataSource dataSource, boolean owned) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.owned = owned;
        }

        @Override
        Connection acquire() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        void release(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        boolean ownsTransactions() {
            return owned;
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public String toString() {
            return (owned ? "" : "managed ") + dataSource;
        }
    }

    private static final class Single extends ConnectionSource {
        private final Connection connection;

        Single(Connection connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
        }

        @Override
        Connection acquire() {
            return connection;
        }

        @Override
        void release(Connection connection) {
            // the application's connection: it closes it
        }

        @Override
        boolean ownsTransactions() {
            return false;
        }

        @Override
        DataSource dataSource() {
            throw new IllegalStateException("This Database runs on one application-owned Connection"
                    + " (Database.of(connection)); it has no DataSource");
        }

        @Override
        public String toString() {
            return "application connection " + connection;
        }
    }
}
