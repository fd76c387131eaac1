package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.department;
import static dev.joinwright.it.scenarios.Rows.employee;
import static dev.joinwright.it.scenarios.Rows.group;
import static dev.joinwright.it.scenarios.Rows.member;
import static dev.joinwright.it.scenarios.Rows.order;
import static dev.joinwright.it.scenarios.Rows.passport;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.harder.DepartmentDao;
import dev.joinwright.it.harder.DepartmentRecord;
import dev.joinwright.it.harder.EmployeeDao;
import dev.joinwright.it.harder.EmployeeRecord;
import dev.joinwright.it.harder.GroupDao;
import dev.joinwright.it.harder.GroupRecord;
import dev.joinwright.it.harder.OrderDao;
import dev.joinwright.it.harder.OrderRecord;
import dev.joinwright.it.harder.PassportDao;
import dev.joinwright.it.matrix.Catalog;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/** The generated DDL on every database: it creates, drops, re-creates, and its constraints bite. */
@DisplayName("Schema")
class SchemaScenariosTest {

    /** Every FK column of each model, as table → columns. */
    private static final Map<GeneratedSchema, Map<String, List<String>>> FK_COLUMNS = Map.of(
            GeneratedSchema.BLOG, Map.of(
                    "content", List.of("owner_id"),
                    "content_tags", List.of("content_id", "tag_id")),
            GeneratedSchema.HARDER, Map.of(
                    "department", List.of("head_id"),
                    "employee", List.of("manager_id", "department_id"),
                    "passport", List.of("employee_id"),
                    "order", List.of("customer_id", "reviewer_id"),
                    "follows", List.of("follower_id", "followed_id"),
                    "group_members", List.of("group_id", "user_id"),
                    "course", List.of("department_id"),
                    "student", List.of("mentor_id", "major_id"),
                    "locker", List.of("student_id"),
                    "enrollment", List.of("course_id", "student_id")));

    @OnAllDatabases
    @DisplayName("blog: create, drop, re-create")
    void blogCreateDropRecreate(TestDatabase db) throws Exception {
        createDropRecreate(db, GeneratedSchema.BLOG);
    }

    @OnAllDatabases
    @DisplayName("harder: create, drop, re-create")
    void harderCreateDropRecreate(TestDatabase db) throws Exception {
        createDropRecreate(db, GeneratedSchema.HARDER);
    }

    private static void createDropRecreate(TestDatabase db, GeneratedSchema schema) throws Exception {
        try (Sandbox sandbox = db.openSandbox(); Connection c = sandbox.connect()) {
            schema.create(c);
            assertEquals(new HashSet<>(schema.tables()), Catalog.tables(sandbox));
            schema.drop(c);
            assertEquals(Set.of(), Catalog.tables(sandbox));
            schema.create(c);
            assertEquals(new HashSet<>(schema.tables()), Catalog.tables(sandbox));
            schema.drop(c);
        }
    }

    @OnAllDatabases
    @DisplayName("blog: every FK column has an index (catalog)")
    void blogForeignKeysIndexed(TestDatabase db) throws Exception {
        foreignKeysIndexed(db, GeneratedSchema.BLOG);
    }

    @OnAllDatabases
    @DisplayName("harder: every FK column has an index (catalog)")
    void harderForeignKeysIndexed(TestDatabase db) throws Exception {
        foreignKeysIndexed(db, GeneratedSchema.HARDER);
    }

    private static void foreignKeysIndexed(TestDatabase db, GeneratedSchema schema) throws Exception {
        try (Sandbox sandbox = db.openSandbox(); Connection c = sandbox.connect()) {
            schema.create(c);
            for (Map.Entry<String, List<String>> table : FK_COLUMNS.get(schema).entrySet()) {
                Set<String> indexed = Catalog.leadingIndexColumns(sandbox, table.getKey());
                for (String column : table.getValue()) {
                    assertTrue(indexed.contains(column), () -> table.getKey() + "." + column
                            + " has no index of its own; leading index columns: " + indexed);
                }
            }
        }
    }

    @OnAllDatabases
    @DisplayName("blog: orphan rejected, CASCADE, duplicate link and unique rejected")
    void blogConstraintsEnforced(TestDatabase db) throws Exception {
        try (Sandbox sandbox = db.openSandbox()) {
            try (Connection c = sandbox.connect()) {
                GeneratedSchema.BLOG.create(c);
            }
            Database database = sandbox.database();
            UserDao users = new UserDao(database);
            ContentDao contents = new ContentDao(database);
            TagDao tags = new TagDao(database);

            assertThrows(ForeignKeyViolationException.class, () -> contents.insert(content("orphan", 424242)));
            UserRecord ada = users.insert(user("ada@example.org", "Ada"));
            assertThrows(UniqueViolationException.class, () -> users.insert(user("ada@example.org", "Other")));
            TagRecord java = tags.insert(tag("java"));
            assertThrows(UniqueViolationException.class, () -> tags.insert(tag("java")));
            ContentRecord post = contents.insert(content("Hello", ada.id()));
            contents.linkTags(post, java);
            contents.linkTags(post, java); // idempotent by contract
            try (Connection c = sandbox.connect(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO content_tags (content_id, tag_id)"
                        + " VALUES (" + post.id() + ", " + java.id() + ")"), "duplicate link must be rejected");
                assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO content_tags (content_id, tag_id)"
                        + " VALUES (" + post.id() + ", 987654)"), "link to a missing tag must be rejected");
            }
            assertEquals(1, contents.tags(post).size());

            assertTrue(users.deleteById(ada.id()));
            assertEquals(0, contents.count(), "content is deleted with its owner (ON DELETE CASCADE)");
            try (Connection c = sandbox.connect()) {
                assertEquals(0, Rows.number(c, "SELECT COUNT(*) FROM content_tags"), "links go with the content");
            }
            assertEquals(1, tags.count());
        }
    }

    @OnAllDatabases
    @DisplayName("harder: SET NULL, CASCADE, one-to-one unique, FK cycle, reserved names")
    void harderConstraintsEnforced(TestDatabase db) throws Exception {
        try (Sandbox sandbox = db.openSandbox()) {
            try (Connection c = sandbox.connect()) {
                GeneratedSchema.HARDER.create(c);
            }
            Database database = sandbox.database();
            dev.joinwright.it.harder.UserDao users = new dev.joinwright.it.harder.UserDao(database);
            OrderDao orders = new OrderDao(database);
            GroupDao groups = new GroupDao(database);
            DepartmentDao departments = new DepartmentDao(database);
            EmployeeDao employees = new EmployeeDao(database);
            PassportDao passports = new PassportDao(database);

            var customer = users.insert(member("customer"));
            var reviewer = users.insert(member("reviewer"));
            assertThrows(UniqueViolationException.class, () -> users.insert(member("customer")));
            OrderRecord o = orders.insert(order("12.50", customer.id(), reviewer.id()));
            assertThrows(ForeignKeyViolationException.class, () -> orders.insert(order("1.00", 999_999, null)));
            users.deleteById(reviewer.id());
            assertEquals(null, orders.findById(o.id()).orElseThrow().reviewerId(), "ON DELETE SET NULL");
            users.deleteById(customer.id());
            assertFalse(orders.findById(o.id()).isPresent(), "ON DELETE CASCADE");

            GroupRecord g = groups.insert(group("admins"));
            var member = users.insert(member("member"));
            groups.linkMembers(g, member);
            try (Connection c = sandbox.connect(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO group_members (group_id, user_id)"
                        + " VALUES (" + g.id() + ", " + member.id() + ")"), "duplicate membership must be rejected");
            }
            assertThrows(ForeignKeyViolationException.class, () -> groups.linkMembers(g, member.withId(555_555)));

            DepartmentRecord d = departments.insert(department("R&D"));
            assertThrows(ForeignKeyViolationException.class, () -> employees.insert(employee("ghost", 777_777, null)));
            EmployeeRecord boss = employees.insert(employee("Boss", d.id(), null));
            EmployeeRecord worker = employees.insert(employee("Worker", d.id(), boss.id()));
            departments.setHead(d, boss);
            passports.insert(passport("P-1", boss.id()));
            assertThrows(UniqueViolationException.class, () -> passports.insert(passport("P-2", boss.id())),
                    "one-to-one: one passport per employee");
            assertThrows(UniqueViolationException.class, () -> passports.insert(passport("P-1", worker.id())));
            assertThrows(ForeignKeyViolationException.class, () -> departments.deleteById(d.id()),
                    "employees still point at the department (NO ACTION)");
            employees.deleteById(worker.id());
            employees.deleteById(boss.id());
            assertEquals(null, departments.findById(d.id()).orElseThrow().headId(), "head ON DELETE SET NULL");
            assertEquals(0, passports.count(), "passport ON DELETE CASCADE");
        }
    }
}
