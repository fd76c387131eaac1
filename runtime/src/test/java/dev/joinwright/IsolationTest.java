package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import dev.joinwright.testing.AllDatabases;
import dev.joinwright.testing.ForwardingDataSource;
import dev.joinwright.testing.TestDatabases.Tables;
import dev.joinwright.testing.TestDatabases.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An isolation level of {@link TransactionOptions} holds for that one transaction, and costs one
 * statement on PostgreSQL ({@code SET TRANSACTION ISOLATION LEVEL}, sent by pgjdbc with the
 * {@code BEGIN}) instead of the JDBC session calls (get, set, and set back afterwards: a round trip
 * each on pgjdbc). The next transaction on the same pooled connection runs at the connection's
 * default level again, also after an empty one.
 */
class IsolationTest {

    @AllDatabases
    void anIsolationLevelHoldsForItsTransactionOnlyAndCostsOneStatementWhereTheDatabaseCanSetItSo(TestDatabase db)
            throws SQLException {
        try (Tables tables = db.tables(); Connection physical = db.connect()) {
            String table = tables.name("iso");
            tables.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)" + db.tableOptions());
            int defaultLevel = physical.getTransactionIsolation();
            PoolOfOne pool = new PoolOfOne(db, physical);
            Database database = Database.of(pool, db.dialect());

            if (db.dialect() == Dialect.SQLITE) { // serializable whatever is asked; READ_UNCOMMITTED is a pragma
                TransactionOptions dirty = TransactionOptions.DEFAULTS.isolation(Isolation.READ_UNCOMMITTED);
                assertEquals(1L, database.inTransaction(dirty, () -> Jdbc.queryLong(database,
                        "PRAGMA read_uncommitted", StatementBinder.NONE)));
                assertEquals(0L, Jdbc.queryLong(database, "PRAGMA read_uncommitted", StatementBinder.NONE),
                        "the connection's setting is restored");
                assertEquals(defaultLevel, physical.getTransactionIsolation());
                return;
            }
            // the level whose visibility differs from the default's: a snapshot, or none
            Isolation asked = defaultLevel == Connection.TRANSACTION_READ_COMMITTED
                    ? Isolation.REPEATABLE_READ : Isolation.READ_COMMITTED;
            boolean snapshotByDefault = asked == Isolation.READ_COMMITTED;
            TransactionOptions options = TransactionOptions.DEFAULTS.isolation(asked);

            pool.calls.clear();
            assertEquals(snapshotByDefault, seesAConcurrentCommit(database, db, table, options, 1),
                    asked + " is in effect inside the transaction");
            List<String> calls = List.copyOf(pool.calls);
            assertEquals(!snapshotByDefault, seesAConcurrentCommit(database, db, table, TransactionOptions.DEFAULTS, 2),
                    "the next transaction on the same connection runs at the default level again");
            assertEquals(defaultLevel, physical.getTransactionIsolation(), "the session's level is the default");
            database.runInTransaction(options.readOnly(true), () -> { }); // no statement: nothing consumed the level
            assertEquals(!snapshotByDefault, seesAConcurrentCommit(database, db, table, TransactionOptions.DEFAULTS, 4),
                    "after an empty transaction, the next one runs at the default level again");
            Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (5)", StatementBinder.NONE); // read-write

            if (db.dialect() != Dialect.H2) { // H2 has no read-only transactions: a hint there
                assertThrows(DataAccessException.class, () -> database.runInTransaction(options.readOnly(true),
                        () -> Jdbc.update(database, "INSERT INTO " + table + " (id) VALUES (3)", StatementBinder.NONE)),
                        "read-only and isolated together");
            }
            if (db.dialect() == Dialect.POSTGRESQL) {
                String set = "SET TRANSACTION ISOLATION LEVEL " + asked.name().replace('_', ' ');
                assertFalse(calls.stream().anyMatch(c -> c.contains("TransactionIsolation")),
                        "no session-level isolation calls (a round trip each on pgjdbc): " + calls);
                assertEquals(1, calls.stream().filter(set::equals).count(), "one " + set + ": " + calls);
                assertTrue(calls.indexOf(set) > calls.indexOf("setAutoCommit(false)"),
                        "set inside the transaction: " + calls);
            }
        }
    }

    /** Whether a transaction with {@code options} sees a row another client commits between its two reads. */
    private static boolean seesAConcurrentCommit(Database database, TestDatabase db, String table,
            TransactionOptions options, int id) {
        return database.inTransaction(options, () -> {
            String count = "SELECT COUNT(*) FROM " + table;
            long before = Jdbc.queryLong(database, count, StatementBinder.NONE);
            try (Connection other = db.connect(); Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO " + table + " (id) VALUES (" + id + ")");
            }
            return Jdbc.queryLong(database, count, StatementBinder.NONE) != before;
        });
    }

    /**
     * A pool of one physical connection, handed out again and again (closing the handle gives it
     * back), recording the connection calls and statement texts executed, as a pool's proxy would
     * see them. (Test code only: the proxies are the test's; the product uses no reflection.)
     */
    private static final class PoolOfOne extends ForwardingDataSource {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final Connection physical;
        private final AtomicInteger handedOut = new AtomicInteger();

        PoolOfOne(TestDatabase db, Connection physical) {
            super(db.dataSource());
            this.physical = physical;
        }

        @Override
        public Connection getConnection() {
            handedOut.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("close")) {
                            calls.add("close");
                            return null;
                        }
                        if (name.equals("isClosed")) {
                            return physical.isClosed();
                        }
                        calls.add(name.startsWith("set") && args != null && args.length == 1
                                ? name + "(" + args[0] + ")" : name);
                        Object result = invoke(physical, method, args);
                        if (result instanceof Statement && !(result instanceof java.sql.PreparedStatement)) {
                            return statement((Statement) result);
                        }
                        return result;
                    });
        }

        private Statement statement(Statement real) {
            return (Statement) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("execute") && args != null && args[0] instanceof String) {
                            calls.add((String) args[0]);
                        }
                        return invoke(real, method, args);
                    });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
