package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.department;
import static dev.joinwright.it.scenarios.Rows.employee;
import static dev.joinwright.it.scenarios.Rows.passport;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.it.blog.Content;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.harder.DepartmentDao;
import dev.joinwright.it.harder.Employee;
import dev.joinwright.it.harder.DepartmentRecord;
import dev.joinwright.it.harder.EmployeeDao;
import dev.joinwright.it.harder.EmployeeRecord;
import dev.joinwright.it.harder.PassportDao;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Nested fetch plans (SPEC section 9): any depth, one statement per relationship of each level,
 * from {@code findAll}, {@code findById} and {@code load}, for 1, 10 and 1,000 parents on four
 * databases, counted on the connections of a wrapping data source (statements prepared, and runs
 * of them: H2 runs its {@code = ANY(?)} statement once per 512 keys). The counts go to
 * {@code target/statement-counts.md}.
 */
@DisplayName("Nested fetch plans")
class NestedFetchPlanScenariosTest {
    private static final int[] SIZES = {1, 10, 1_000};
    private static final Path REPORT = Path.of(System.getProperty("basedir", "."), "target", "statement-counts.md");

    @BeforeAll
    static void freshReport() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @OnAllDatabases
    @DisplayName("department → employees → (passport, reports → passport): statements per level, not per row")
    void departmentsEmployeesReportsPassports(TestDatabase db) throws Exception {
        for (int parents : SIZES) {
            try (Sandbox sandbox = db.openSandbox()) {
                GeneratedSchema.HARDER.setup().prepare(sandbox);
                Counting counting = new Counting(sandbox.dataSource());
                Database database = Database.of(counting, db.dialect());
                DepartmentDao departments = new DepartmentDao(database);
                EmployeeDao employees = new EmployeeDao(database);
                List<DepartmentRecord> made = departments.insertAll(numbered(parents, i -> department("d" + i)));
                List<EmployeeRecord> bosses = employees.insertAll(numbered(parents,
                        i -> employee("boss" + i, made.get(i).id(), null)));
                List<EmployeeRecord> staff = employees.insertAll(numbered(parents,
                        i -> employee("staff" + i, made.get(i).id(), bosses.get(i).id())));
                List<EmployeeRecord> everyone = new ArrayList<>(bosses);
                everyone.addAll(staff);
                new PassportDao(database).insertAll(numbered(everyone.size(),
                        i -> passport("P" + everyone.get(i).id(), everyone.get(i).id())));

                DepartmentDao.Plan plan = DepartmentDao.plan()
                        .employees(EmployeeDao.plan().passport().reports(EmployeeDao.plan().passport()));
                assertEquals("DepartmentDao.Plan[employees(EmployeeDao.Plan[reports(EmployeeDao.Plan[passport]), passport])]",
                        plan.toString());

                counting.reset();
                List<DepartmentRecord> all = departments.findAll(plan);
                counting.record(db, "department → employees → (passport, reports → passport): findAll", parents, 5);
                assertEquals(1, counting.taken.get(), "the plan's statements on one connection");
                assertEquals(parents, all.size());
                all.forEach(NestedFetchPlanScenariosTest::assertLoaded);

                counting.reset();
                DepartmentRecord one = departments.findById(made.get(parents - 1).id(), plan).orElseThrow();
                counting.record(db, "the same plan: findById", parents, 5);
                assertEquals(1, counting.taken.get(), "the plan's statements on one connection");
                assertLoaded(one);

                counting.reset();
                List<DepartmentRecord> loaded = departments.load(made, plan);
                counting.record(db, "the same plan: load(rows, plan)", parents, 4);
                assertEquals(1, counting.taken.get(), "the plan's statements on one connection");
                assertEquals(all, loaded);
                assertEquals(0, counting.open.get(), "no connection left open");
            }
        }
    }

    /** Two employees, the boss's report and each one's passport loaded. */
    private static void assertLoaded(DepartmentRecord department) {
        assertEquals(2, department.employees().size(), department.name());
        for (Employee employee : department.employees()) {
            assertTrue(employee.passport().isPresent(), employee.name());
            assertEquals("P" + employee.id(), employee.passport().get().number());
            if (employee.name().startsWith("boss")) {
                assertEquals(1, employee.reports().size());
                Employee report = employee.reports().get(0);
                assertEquals("staff" + employee.name().substring(4), report.name());
                assertEquals("P" + report.id(), report.passport().orElseThrow().number());
            } else {
                assertEquals(List.of(), employee.reports());
            }
        }
    }

    @OnAllDatabases
    @DisplayName("users → content → (tags, owner); a to-one with a nested plan; Fetch varargs as before")
    void usersContentTagsAndOwners(TestDatabase db) throws Exception {
        for (int parents : SIZES) {
            try (Sandbox sandbox = db.openSandbox()) {
                GeneratedSchema.BLOG.setup().prepare(sandbox);
                Counting counting = new Counting(sandbox.dataSource());
                Database database = Database.of(counting, db.dialect());
                UserDao users = new UserDao(database);
                ContentDao contents = new ContentDao(database);
                List<UserRecord> people = users.insertAll(numbered(parents, i -> user("u" + i + "@plans", "u" + i)));
                List<ContentRecord> posts = contents.insertAll(numbered(2 * parents,
                        i -> content("p" + i, people.get(i / 2).id())));
                TagDao tags = new TagDao(database);
                List<TagRecord> labels = tags.insertAll(List.of(tag("a"), tag("b")));
                tags.linkContent(labels.get(0), posts);
                tags.linkContent(labels.get(1), posts.stream().filter(post -> post.id() % 2 == 0).toList());

                counting.reset();
                List<UserRecord> all = users.findAll(UserDao.plan().content(ContentDao.plan().tags().owner()));
                counting.record(db, "users → content → (tags, owner): findAll", parents, 4);
                assertEquals(parents, all.size());
                for (UserRecord person : all) {
                    assertEquals(2, person.content().size());
                    for (Content post : person.content()) {
                        assertEquals(person.id(), post.owner().id());
                        assertEquals(post.id() % 2 == 0 ? 2 : 1, post.tags().size());
                    }
                }

                counting.reset();
                List<ContentRecord> withOwners = contents.findAll(ContentDao.plan().owner(UserDao.plan().content()));
                counting.record(db, "content → owner (a to-one with a nested plan: batched, not joined) → content",
                        parents, 3);
                withOwners.forEach(post -> assertEquals(2, post.owner().content().size()));

                counting.reset();
                List<ContentRecord> flat = contents.findAll(ContentDao.Fetch.OWNER, ContentDao.Fetch.TAGS);
                counting.record(db, "Fetch.OWNER, Fetch.TAGS as before (owner LEFT JOINed)", parents, 2);
                assertEquals(flat, contents.findAll(ContentDao.Plan.of(ContentDao.Fetch.OWNER, ContentDao.Fetch.TAGS)));
                assertTrue(counting.prepared.get(0).contains("LEFT JOIN"), counting.prepared.get(0));
                assertEquals(0, counting.open.get(), "no connection left open");
            }
        }
    }

    @OnAllDatabases
    @DisplayName("findById with one to-many and nothing below it: the parent and its rows in one LEFT JOIN")
    void findByIdJoinsOneToMany(TestDatabase db) throws Exception {
        try (Sandbox sandbox = db.openSandbox()) {
            GeneratedSchema.HARDER.setup().prepare(sandbox);
            Counting counting = new Counting(sandbox.dataSource());
            Database database = Database.of(counting, db.dialect());
            DepartmentDao departments = new DepartmentDao(database);
            EmployeeDao employees = new EmployeeDao(database);
            DepartmentRecord sales = departments.insert(department("sales"));
            DepartmentRecord empty = departments.insert(department("empty"));
            EmployeeRecord boss = employees.insert(employee("boss", sales.id(), null));
            // Inserted out of order: reports are ordered by name, so the JOIN must order as the batch does.
            for (String name : List.of("zed", "amy", "kim")) {
                employees.insert(employee(name, sales.id(), boss.id()));
            }
            new PassportDao(database).insert(passport("P-boss", boss.id()));

            counting.reset();
            DepartmentRecord found = departments.findById(sales.id(), DepartmentDao.plan().employees()).orElseThrow();
            counting.record(db, "department → employees: findById (joined)", 1, 1);
            assertTrue(counting.prepared.get(0).contains("LEFT JOIN"), counting.prepared.get(0));
            assertEquals(departments.employees(sales), found.employees());
            assertEquals(List.of("boss", "zed", "amy", "kim"), found.employees().stream().map(Employee::name).toList());
            assertEquals(sales, found, "the parent's columns as stored");

            counting.reset();
            DepartmentRecord none = departments.findById(empty.id(), DepartmentDao.plan().employees()).orElseThrow();
            counting.record(db, "a department without employees: findById (joined)", 1, 1);
            assertEquals(List.of(), none.employees());
            assertEquals(empty, none);

            counting.reset();
            assertTrue(departments.findById(empty.id() + 1_000, DepartmentDao.plan().employees()).isEmpty());
            counting.record(db, "no such department: findById (joined)", 1, 1);

            counting.reset();
            EmployeeRecord withReports = employees.findById(boss.id(), EmployeeDao.plan().reports()).orElseThrow();
            counting.record(db, "employee → reports (self-referential, orderBy name): findById (joined)", 1, 1);
            assertEquals(List.of("amy", "kim", "zed"), withReports.reports().stream().map(Employee::name).toList());
            assertEquals(employees.reports(boss), withReports.reports());

            // The joined relationship is not loaded again; the rest of the plan is, batched.
            EmployeeRecord amy = employees.reports(boss).get(0);
            counting.reset();
            EmployeeRecord managed = employees.findById(amy.id(),
                    EmployeeDao.plan().reports().manager(EmployeeDao.plan().passport())).orElseThrow();
            counting.record(db, "employee → (reports joined, manager → passport batched): findById", 1, 3);
            assertEquals(List.of(), managed.reports());
            assertEquals("P-boss", managed.manager().orElseThrow().passport().orElseThrow().number());

            // A to-one relationship in the plan is LEFT JOINed instead; the to-many one is then batched.
            counting.reset();
            EmployeeRecord both = employees.findById(boss.id(), EmployeeDao.plan().reports().passport()).orElseThrow();
            counting.record(db, "employee → (passport joined, reports batched): findById", 1, 2);
            assertEquals(withReports.reports(), both.reports());
            assertEquals("P-boss", both.passport().orElseThrow().number());
            assertEquals(1, counting.taken.get(), "the plan's statements on one connection");
            assertEquals(0, counting.open.get(), "no connection left open");
        }
    }

    private static <T> List<T> numbered(int n, java.util.function.IntFunction<T> row) {
        List<T> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    /**
     * Counts statements prepared and run, and connections open, on a data source's connections; also
     * used by {@link QueryScenariosTest}.
     */
    static final class Counting implements DataSource {
        private final DataSource target;
        final List<String> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger taken = new AtomicInteger();

        Counting(DataSource target) {
            this.target = target;
        }

        void reset() {
            prepared.clear();
            runs.set(0);
            taken.set(0);
        }

        /** Asserts the prepared statements and appends the counts to the report. */
        void record(TestDatabase db, String what, int parents, int expected) throws IOException {
            assertEquals(expected, prepared.size(), what + ", " + parents + " parents on " + db + ": " + prepared);
            String line = "| " + what + " | " + db + " | " + parents + " | " + prepared.size() + " | " + runs.get() + " |\n";
            if (!Files.exists(REPORT)) {
                Files.createDirectories(REPORT.getParent());
                Files.writeString(REPORT, "| plan | database | parents | statements prepared | statements run |\n"
                        + "| --- | --- | --- | --- | --- |\n", StandardCharsets.UTF_8);
            }
            Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = target.getConnection();
            open.incrementAndGet();
            taken.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !real.isClosed()) {
                            open.decrementAndGet();
                        }
                        Object result = invoke(real, method, args);
                        if (method.getName().equals("prepareStatement")) {
                            prepared.add((String) args[0]);
                            PreparedStatement statement = (PreparedStatement) result;
                            return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                    new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                                        if (m.getName().startsWith("execute")) {
                                            runs.incrementAndGet();
                                        }
                                        return invoke(statement, m, a);
                                    });
                        }
                        return result;
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
        @Override public <T> T unwrap(Class<T> type) throws SQLException { return target.unwrap(type); }
        @Override public boolean isWrapperFor(Class<?> type) throws SQLException { return target.isWrapperFor(type); }
    }
}
