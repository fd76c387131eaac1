package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConstraintNamesTest {
    @Test
    void shortNamesAreKeptAsTheyAre() {
        assertEquals("fk_content_owner_id", new ConstraintNames().allocate("fk", "content", "owner_id"));
    }

    @Test
    void longNamesAreShortenedDeterministicallyWithAHash() {
        String table = "a_table_name_that_is_quite_long_indeed";
        String column = "and_a_column_name_that_is_long_too";
        String name = new ConstraintNames().allocate("fk", table, column);
        assertEquals(63, name.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(name.startsWith("fk_a_table_name_that_is_quite_long_indeed_and_a_column"), name);
        assertTrue(name.matches(".*_[0-9a-f]{8}"), name);
        assertEquals(name, new ConstraintNames().allocate("fk", table, column));
        assertNotEquals(name, new ConstraintNames().allocate("fk", table, column + "_2"));
    }

    @Test
    void multiByteNamesAreCutAtCharacterBoundaries() {
        String name = ConstraintNames.shorten("ix_" + "é".repeat(40));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name);
        assertTrue(name.matches("ix_é+_[0-9a-f]{8}"), name);
    }

    @Test
    void collisionsWithTablesAndEachOtherGetANumber() {
        ConstraintNames names = new ConstraintNames();
        names.reserve("PK_Users");
        assertEquals("pk_users_2", names.allocate("pk", "users"));
        assertEquals("ix_a_b_c", names.allocate("ix", "a_b", "c"));
        assertEquals("ix_a_b_c_2", names.allocate("ix", "a", "b_c"));
    }

    @Test
    void aShortenedCollisionStaysWithinTheLimit() {
        ConstraintNames names = new ConstraintNames();
        String table = "t".repeat(60);
        String first = names.allocate("uq", table, "c");
        String second = names.allocate("uq", table, "c");
        assertNotEquals(first, second);
        assertTrue(second.getBytes(StandardCharsets.UTF_8).length <= 63, second);
    }
}
