package dev.joinwright.sample;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test {@code DataSource} over {@code DriverManager} that records every SQL text prepared on its
 * connections, so a test can count the statements a DAO call issues, and the connections still
 * open. (Test code only: the proxy is the test's, the product uses no reflection.)
 */
final class CountingDataSource implements DataSource {
    private final String url;
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    CountingDataSource(String url) {
        this.url = url;
    }

    /** The SQL texts prepared since the last {@link #reset()}. */
    List<String> prepared() {
        return List.copyOf(prepared);
    }

    void reset() {
        prepared.clear();
    }

    int openConnections() {
        return open.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = DriverManager.getConnection(url);
        open.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    if (method.getName().equals("close") && !real.isClosed()) {
                        open.decrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
