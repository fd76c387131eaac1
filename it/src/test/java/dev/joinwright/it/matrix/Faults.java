package dev.joinwright.it.matrix;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** Ways to break things on purpose: kill a server session, or fail the n-th matching statement. */
public final class Faults {
    private Faults() {}

    /** The server's id for {@code victim}'s session (requires {@link Capabilities#killSession()}). */
    public static long sessionId(TestDatabase db, Connection victim) throws SQLException {
        String sql;
        switch (db) {
            case POSTGRESQL: sql = "SELECT pg_backend_pid()"; break;
            case MARIADB: sql = "SELECT CONNECTION_ID()"; break;
            case H2: sql = "SELECT SESSION_ID()"; break;
            default: throw new IllegalStateException(db.capabilities().killSession().note());
        }
        try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Kills session {@code id} from a second connection of the sandbox, as an operator would. */
    public static void kill(Sandbox sandbox, long id) throws SQLException {
        String sql;
        switch (sandbox.db()) {
            case POSTGRESQL: sql = "SELECT pg_terminate_backend(" + id + ")"; break;
            case MARIADB: sql = "KILL " + id; break;
            case H2: sql = "SELECT ABORT_SESSION(" + id + ")"; break;
            default: throw new IllegalStateException(sandbox.db().capabilities().killSession().note());
        }
        try (Connection killer = sandbox.connect(); Statement s = killer.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A data source whose connections throw on the {@code nth} (1-based) executed statement whose
     * SQL matches {@code sql}, once; everything else passes through.
     */
    public static FailingDataSource failOn(DataSource target, Predicate<String> sql, int nth) {
        return new FailingDataSource(target, sql, nth);
    }

    /** Matches SQL that inserts into {@code table} (bare or quoted, any case). */
    public static Predicate<String> insertInto(String table) {
        return sql -> {
            String s = sql.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
            return s.startsWith("insert") && (s.contains(" into " + table + " ") || s.contains(" into " + table + "("));
        };
    }

    /** See {@link #failOn}; {@link #fired()} tells whether the fault was injected. */
    public static final class FailingDataSource extends DelegatingDataSource {
        private final Predicate<String> matcher;
        private final int nth;
        private final AtomicInteger seen = new AtomicInteger();

        FailingDataSource(DataSource target, Predicate<String> matcher, int nth) {
            super(target);
            this.matcher = matcher;
            this.nth = nth;
        }

        public boolean fired() {
            return seen.get() >= nth;
        }

        @Override
        protected Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                Object result = method.invoke(connection, args);
                if (result instanceof PreparedStatement && args != null && args[0] instanceof String) {
                    return statement((PreparedStatement) result, (String) args[0]);
                }
                return result;
            });
        }

        private PreparedStatement statement(PreparedStatement statement, String sql) {
            return proxy(PreparedStatement.class, statement, (method, args) -> {
                if (method.getName().startsWith("execute") && matcher.test(sql)
                        && seen.incrementAndGet() == nth) {
                    throw new SQLException("injected fault on execution " + nth + " of: " + sql, "58000");
                }
                return method.invoke(statement, args);
            });
        }
    }

    @FunctionalInterface
    interface Call {
        Object call(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return call.call(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(Faults.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
