package dev.joinwright.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.processor.sql.CompiledModel;
import dev.joinwright.processor.sql.SqlDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A self-referencing table must still be created: it waits for no other table. */
class ForeignKeyGraphSelfReferenceTest {
    @Test
    void selfReferencingEntityIsInTheCreationOrder() {
        List<String> creates = CompiledModel.of("harder").createScript(SqlDialect.H2).stream()
                .filter(s -> s.startsWith("CREATE TABLE"))
                .map(s -> s.substring("CREATE TABLE ".length(), s.indexOf(" (")))
                .toList();
        assertEquals(List.of("department", "employee", "\"group\"", "passport", "\"user\"", "\"order\"",
                "follows", "group_members"), creates);
    }
}
