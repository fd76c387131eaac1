package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code drop} on a database that is not at the model's state (issue 8, point 12): tables already
 * gone are skipped, on every database; where DDL is transactional a drop that fails half-way
 * leaves every table in place.
 */
class DropTest {
    private static final CompiledModel HARDER = CompiledModel.of("harder");

    private static List<String> tables(Sandbox db) throws SQLException {
        return Catalog.tables(db).stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void dropSkipsTablesThatAreGoneAndRunsTwice(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            HARDER.create(db.connection);
            db.update("DROP TABLE " + db.q("group_members"));
            db.update("DROP TABLE " + db.q("follows"));
            HARDER.drop(db.connection);
            assertEquals(List.of(), tables(db));
            HARDER.drop(db.connection); // an empty database: nothing to do, no error
            assertEquals(List.of(), tables(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "SQLITE"})
    void aFailedDropLeavesEveryTableWhereDdlIsTransactional(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        try (Sandbox db = database.sandbox()) {
            HARDER.create(db.connection);
            List<String> before = tables(db);
            db.update("CREATE TABLE audit (id INTEGER PRIMARY KEY, employee_id BIGINT REFERENCES employee (id))");
            db.update("INSERT INTO department (id, name) VALUES (1, 'd')");
            db.update("INSERT INTO employee (id, name, department_id) VALUES (1, 'e', 1)");
            db.update("INSERT INTO audit (id, employee_id) VALUES (1, 1)");
            assertThrows(SQLException.class, () -> HARDER.drop(db.connection));
            List<String> after = new java.util.ArrayList<>(tables(db));
            after.remove("audit");
            assertEquals(before, after);
        }
    }
}
