package dev.joinwright.it.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;

/** The harness itself: sandboxes are isolated and dropped, and a killed session really dies. */
@DisplayName("Harness")
class SandboxTest {

    @OnAllDatabases
    @DisplayName("sandboxes are isolated")
    void sandboxesAreIsolated(TestDatabase db) throws Exception {
        try (Sandbox a = db.openSandbox(); Sandbox b = db.openSandbox()) {
            a.execute("CREATE TABLE probe (id INT PRIMARY KEY)", "INSERT INTO probe VALUES (1)");
            b.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
            try (Connection c = b.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM probe")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @OnAllDatabases
    @DisplayName("a killed session fails the next statement")
    void killedSessionFails(TestDatabase db) throws Exception {
        db.capabilities().killSession().require();
        try (Sandbox sandbox = db.openSandbox()) {
            Database database = sandbox.database();
            assertThrows(DataAccessException.class, () -> database.runInTransaction(() ->
                    database.withConnection(c -> {
                        Faults.kill(sandbox, Faults.sessionId(db, c));
                        try (Statement s = c.createStatement()) {
                            s.executeQuery("SELECT 1").close();
                        }
                        return null;
                    })));
            assertEquals(1, (int) database.withConnection(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }
}
