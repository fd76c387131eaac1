package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Executes the composite model's DDL on every database and reads the catalog back: the composite
 * primary key in declaration order, enforced as one key, and every FK column indexed (the key's
 * first column through the key itself).
 */
class CompositeKeyDdlTest {
    private static final CompiledModel COMPOSITE = CompiledModel.of("composite");

    static Sandbox created(TestDatabase database) throws SQLException {
        database.assumeAvailable();
        Sandbox db = database.sandbox();
        COMPOSITE.create(db.connection);
        return db;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void compositePrimaryKeyInDeclarationOrder(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            assertEquals(List.of("hall_code", "number"), Catalog.primaryKey(db, "seat"));
            assertEquals(List.of("(hall_code) -> hall(code)", "(holder_id) -> holder(id)"), Catalog.foreignKeys(db, "seat"));
            assertEquals(List.of("(seat_hall, seat_number) -> seat(hall_code, number)"), Catalog.foreignKeys(db, "booking"));
            assertEquals(List.of(), Catalog.unindexedForeignKeys(db));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void compositePrimaryKeyIsOneKey(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            db.update("INSERT INTO hall (code, name) VALUES (?, ?)", "A", "Main");
            db.update("INSERT INTO seat (hall_code, " + db.q("number") + ", label) VALUES (?, ?, ?)", "A", 1, "A1");
            db.update("INSERT INTO seat (hall_code, " + db.q("number") + ", label) VALUES (?, ?, ?)", "A", 2, "A2");
            assertThrows(SQLException.class, () -> db.update(
                    "INSERT INTO seat (hall_code, " + db.q("number") + ", label) VALUES (?, ?, ?)", "A", 1, "again"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void compositeForeignKeyIsOneConstraintWithCascade(TestDatabase database) throws SQLException {
        try (Sandbox db = created(database)) {
            db.update("INSERT INTO hall (code, name) VALUES (?, ?)", "A", "Main");
            db.update("INSERT INTO seat (hall_code, " + db.q("number") + ", label) VALUES (?, ?, ?)", "A", 1, "A1");
            db.update("INSERT INTO booking (id, customer, seat_number, seat_hall) VALUES (?, ?, ?, ?)", 1, "Cy", 1, "A");
            // each column alone exists in seat, the pair does not: one constraint over both columns
            db.update("INSERT INTO seat (hall_code, " + db.q("number") + ", label) VALUES (?, ?, ?)", "A", 2, "A2");
            db.update("INSERT INTO hall (code, name) VALUES (?, ?)", "B", "Small");
            assertThrows(SQLException.class, () -> db.update(
                    "INSERT INTO booking (id, customer, seat_number, seat_hall) VALUES (?, ?, ?, ?)", 2, "Di", 2, "B"));
            db.update("DELETE FROM seat WHERE hall_code = ? AND " + db.q("number") + " = ?", "A", 1);
            assertEquals(0L, db.number("SELECT COUNT(*) FROM booking"));
        }
    }
}
