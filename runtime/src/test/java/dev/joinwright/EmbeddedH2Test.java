package dev.joinwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.internal.Jdbc;
import dev.joinwright.internal.StatementBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code h2InMemory}/{@code h2File} take names and paths, never URL settings. */
class EmbeddedH2Test {
    private static final String PWNED = "pwned_by_url";

    private static boolean tableExists(Database db) {
        return Jdbc.queryLong(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?",
                ps -> ps.setString(1, PWNED.toUpperCase(java.util.Locale.ROOT))) > 0;
    }

    @Test
    void aNameThatCarriesUrlSettingsIsRejectedAndRunsNoSql() {
        for (String name : List.of("t1;INIT=CREATE TABLE " + PWNED + "(x INT)", "t1;INIT=RUNSCRIPT FROM 'x.sql'",
                "t1;MODE=MySQL", "../t1", "t 1", "", "-t1", "t1:x", "t1\\x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.h2InMemory(name),
                    name);
            assertTrue(e.getMessage().contains("Not a plain H2 database name"), e.getMessage());
        }
        Database t1 = Database.h2InMemory("t1");
        assertFalse(tableExists(t1), "the INIT script never ran");
        assertEquals(1, Jdbc.queryLong(t1, "SELECT 1", StatementBinder.NONE));
        Database.h2InMemory("plain_name-1.2");
    }

    @Test
    void aFilePathWithASemicolonIsRejected(@TempDir Path dir) {
        Path hostile = dir.resolve("db;INIT=CREATE TABLE " + PWNED + "(x INT)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.h2File(hostile));
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
        Database file = Database.h2File(dir.resolve("plain"));
        assertFalse(tableExists(file));
        assertTrue(Files.exists(dir.resolve("plain.mv.db")), "the database is the named file");
    }
}
