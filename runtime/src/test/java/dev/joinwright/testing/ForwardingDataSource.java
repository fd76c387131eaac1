package dev.joinwright.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that forwards to another; override {@link #getConnection()} to change connections. */
public class ForwardingDataSource implements DataSource {
    private final DataSource target;

    public ForwardingDataSource(DataSource target) {
        this.target = target;
    }

    @Override public Connection getConnection() throws SQLException { return target.getConnection(); }
    @Override public Connection getConnection(String u, String p) throws SQLException { return target.getConnection(u, p); }
    @Override public PrintWriter getLogWriter() throws SQLException { return target.getLogWriter(); }
    @Override public void setLogWriter(PrintWriter out) throws SQLException { target.setLogWriter(out); }
    @Override public void setLoginTimeout(int seconds) throws SQLException { target.setLoginTimeout(seconds); }
    @Override public int getLoginTimeout() throws SQLException { return target.getLoginTimeout(); }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return target.getParentLogger(); }
    @Override public <T> T unwrap(Class<T> type) throws SQLException { return target.unwrap(type); }
    @Override public boolean isWrapperFor(Class<?> type) throws SQLException { return target.isWrapperFor(type); }
    @Override public String toString() { return target.toString(); }
}
