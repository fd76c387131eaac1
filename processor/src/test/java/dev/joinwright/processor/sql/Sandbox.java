package dev.joinwright.processor.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One test's connection to a fresh database, with small plain-JDBC helpers. Identifiers in test
 * SQL go through {@link #q(String)}, the dialect's own quoting, exactly as the DDL does.
 */
final class Sandbox implements AutoCloseable {
    /** Work to do once the connection is closed (dropping a server-side schema). */
    interface Cleanup {
        void run() throws SQLException;
    }

    final TestDatabase database;
    final Connection connection;
    private final Cleanup cleanup;

    Sandbox(TestDatabase database, Connection connection, Cleanup cleanup) {
        this.database = database;
        this.connection = connection;
        this.cleanup = cleanup;
    }

    /**
     * A Joinwright {@code Database} over this sandbox's one connection (closing a borrowed
     * connection leaves it open), for running generated DAOs.
     */
    dev.joinwright.Database database() {
        javax.sql.DataSource dataSource = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                Sandbox.class.getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return borrowed();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return dev.joinwright.Database.of(dataSource);
    }

    private Connection borrowed() {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Sandbox.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return false;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** An identifier as the dialect writes it. */
    String q(String identifier) {
        return database.dialect.quote(identifier);
    }

    /** Runs a statement with bound parameters; returns the update count. */
    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        }
    }

    /** The first column of every row. */
    List<Object> column(String sql, Object... args) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
        }
        return values;
    }

    /** A single number, such as a {@code COUNT(*)}; {@code null} for SQL NULL. */
    Long number(String sql, Object... args) throws SQLException {
        Object value = column(sql, args).get(0);
        return value == null ? null : ((Number) value).longValue();
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            cleanup.run();
        }
    }
}
