package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Executes the harder model's DDL on every database: tables named by reserved words
 * ({@code user}, {@code order}, {@code group}), a self-reference, a two-table FK cycle closed with
 * {@code ALTER TABLE} (inline and deferred on SQLite), a one-to-one, two FKs to one table with
 * {@code CASCADE} and {@code SET NULL}, and a self-referential many-to-many.
 */
class HarderDdlTest {
    private static final CompiledModel HARDER = CompiledModel.of("harder");

    static Sandbox created(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        Sandbox db = database.sandbox();
        HARDER.create(db.connection);
        return db;
    }

    static void department(Sandbox db, long id) throws SQLException {
        db.update("INSERT INTO department (id, name) VALUES (?, ?)", id, "department " + id);
    }

    static void employee(Sandbox db, long id, Long managerId, long departmentId) throws SQLException {
        db.update("INSERT INTO employee (id, name, manager_id, department_id) VALUES (?, ?, ?, ?)",
                id, "employee " + id, managerId, departmentId);
    }

    static void user(Sandbox db, long id) throws SQLException {
        db.update("INSERT INTO " + db.q("user") + " (id, name) VALUES (?, ?)", id, "user " + id);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsDropsAndRecreates(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            department(db, 1);
            employee(db, 1, null, 1);
            db.update("UPDATE department SET head_id = ? WHERE id = ?", 1, 1);
            for (int i = 0; i < 2; i++) {
                HARDER.drop(db.connection);
                assertEquals(List.of(), Catalog.tables(db));
                HARDER.create(db.connection);
                assertEquals(8, Catalog.tables(db).size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cycleForeignKeysAreEnforcedAndSetNull(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            department(db, 1);
            employee(db, 1, null, 1);
            db.update("UPDATE department SET head_id = ? WHERE id = ?", 1, 1);
            assertThrows(SQLException.class, () -> employee(db, 2, null, 999));
            assertThrows(SQLException.class, () -> db.update("UPDATE department SET head_id = ? WHERE id = ?", 999, 1));
            db.update("INSERT INTO passport (id, number, employee_id) VALUES (?, ?, ?)", 1, "P-1", 1);
            db.update("DELETE FROM employee WHERE id = ?", 1);
            assertNull(db.number("SELECT head_id FROM department WHERE id = ?", 1));
            assertEquals(0L, db.number("SELECT COUNT(*) FROM passport"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "SQLITE")
    void sqliteChecksCycleForeignKeysAtCommit(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            db.connection.setAutoCommit(false);
            employee(db, 1, null, 1); // department 1 does not exist yet
            department(db, 1);
            db.connection.commit();
            employee(db, 2, null, 999);
            assertThrows(SQLException.class, db.connection::commit);
            db.connection.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void selfReferenceIsEnforced(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            department(db, 1);
            employee(db, 1, null, 1);
            employee(db, 2, 1L, 1);
            assertThrows(SQLException.class, () -> employee(db, 3, 999L, 1));
            assertThrows(SQLException.class, () -> db.update("DELETE FROM employee WHERE id = ?", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reservedWordTablesWorkWithCascadeAndSetNull(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1);
            user(db, 2);
            String insertOrder = "INSERT INTO " + db.q("order") + " (id, total, customer_id, reviewer_id)"
                    + " VALUES (?, ?, ?, ?)";
            db.update(insertOrder, 10, new java.math.BigDecimal("12.50"), 1, 2);
            assertThrows(SQLException.class, () -> db.update(insertOrder, 11, java.math.BigDecimal.ONE, 999, null));
            db.update("DELETE FROM " + db.q("user") + " WHERE id = ?", 2);
            assertNull(db.number("SELECT reviewer_id FROM " + db.q("order") + " WHERE id = ?", 10));
            db.update("DELETE FROM " + db.q("user") + " WHERE id = ?", 1);
            assertEquals(0L, db.number("SELECT COUNT(*) FROM " + db.q("order")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void selfReferentialManyToManyAndGroupMembership(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            user(db, 1);
            user(db, 2);
            db.update("INSERT INTO follows (follower_id, followed_id) VALUES (?, ?)", 1, 2);
            db.update("INSERT INTO follows (follower_id, followed_id) VALUES (?, ?)", 2, 1);
            assertThrows(SQLException.class,
                    () -> db.update("INSERT INTO follows (follower_id, followed_id) VALUES (?, ?)", 1, 2));
            db.update("INSERT INTO " + db.q("group") + " (id, name) VALUES (?, ?)", 7, "admins");
            db.update("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)", 7, 1);
            db.update("DELETE FROM " + db.q("user") + " WHERE id = ?", 1);
            assertEquals(0L, db.number("SELECT COUNT(*) FROM follows"));
            assertEquals(0L, db.number("SELECT COUNT(*) FROM group_members"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneToOneForeignKeyIsUnique(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            department(db, 1);
            employee(db, 1, null, 1);
            db.update("INSERT INTO passport (id, number, employee_id) VALUES (?, ?, ?)", 1, "P-1", 1);
            assertThrows(SQLException.class,
                    () -> db.update("INSERT INTO passport (id, number, employee_id) VALUES (?, ?, ?)", 2, "P-2", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyForeignKeyColumnIsIndexed(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertEquals(List.of(), Catalog.unindexedForeignKeys(db));
            assertEquals(10, Catalog.foreignKeyColumns(db).values().stream().mapToInt(java.util.Set::size).sum());
        }
    }
}
