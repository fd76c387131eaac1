package dev.joinwright.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the connections still open and records the SQL texts prepared and the
 * fetch sizes set on its connections' statements, and whether each connection was given back with
 * autocommit on. (Test code only: the proxies are the test's; the product uses no reflection.)
 */
public final class CountingDataSource extends ForwardingDataSource {
    private final DataSource target;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final List<Integer> fetchSizes = new CopyOnWriteArrayList<>();
    private final List<Boolean> autoCommitOnClose = new CopyOnWriteArrayList<>();

    public CountingDataSource(DataSource target) {
        super(target);
        this.target = target;
    }

    /** Connections handed out and not closed yet. */
    public int openConnections() {
        return open.get();
    }

    /** Connections handed out so far. */
    public int connectionsTaken() {
        return taken.get();
    }

    /** The SQL texts prepared so far. */
    public List<String> prepared() {
        return List.copyOf(prepared);
    }

    /** The fetch sizes set on statements so far. */
    public List<Integer> fetchSizes() {
        return List.copyOf(fetchSizes);
    }

    /** For each connection closed so far, whether its autocommit was on when it was closed. */
    public List<Boolean> autoCommitOnClose() {
        return List.copyOf(autoCommitOnClose);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        open.incrementAndGet();
        taken.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !real.isClosed()) {
                        autoCommitOnClose.add(real.getAutoCommit());
                        open.decrementAndGet();
                    }
                    Object result = invoke(real, method, args);
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                        return statement((java.sql.PreparedStatement) result);
                    }
                    return result;
                });
    }

    private java.sql.PreparedStatement statement(java.sql.PreparedStatement real) {
        return (java.sql.PreparedStatement) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {java.sql.PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setFetchSize")) {
                        fetchSizes.add((Integer) args[0]);
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
