package dev.joinwright.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements executed through it (a JDBC batch counts once: it is
 * one round trip). Used only in the set-up checks, never while measuring: the proxies cost.
 */
public final class CountingDataSource {
    private final AtomicInteger executions = new AtomicInteger();
    /** One proxy per connection, so that {@code statement.getConnection()} answers the proxy it came from. */
    private final java.util.Map<Connection, Object> connections =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final DataSource proxy;

    public CountingDataSource(DataSource target) {
        this.proxy = (DataSource) wrap(target, DataSource.class);
    }

    public DataSource dataSource() {
        return proxy;
    }

    public int executions() {
        return executions.get();
    }

    public void reset() {
        executions.set(0);
    }

    private Object wrap(Object target, Class<?> type) {
        InvocationHandler handler = (p, method, args) -> {
            // Identity on the proxy itself: a library that compares connections (Spring's DataSourceUtils, to
            // tell its transaction's connection from another) must see the proxy equal to itself.
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return p == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(p);
            }
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                executions.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (result instanceof Connection c && method.getReturnType() == Connection.class) {
                if (method.getName().equals("getConnection") && target instanceof DataSource) {
                    Object fresh = wrap(c, Connection.class);
                    connections.put(c, fresh);
                    return fresh;
                }
                return connections.computeIfAbsent(c, k -> wrap(k, Connection.class));
            }
            if (method.getName().equals("close") && target instanceof Connection c) {
                connections.remove(c);
            }
            Class<?> returned = method.getReturnType();
            if (result instanceof Statement && Statement.class.isAssignableFrom(returned)) {
                return wrap(result, returned);
            }
            return result;
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
