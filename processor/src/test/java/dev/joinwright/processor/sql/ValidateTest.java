package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.SchemaDifference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema class's {@code validate(db)}: empty on a database its own {@code create} made, for
 * every test model on every database (reserved words, quoted mixed-case names, cycles, every
 * column type), and naming what a hand-made change broke.
 */
class ValidateTest {

    static List<Arguments> modelsAndDatabases() {
        List<Arguments> cases = new ArrayList<>();
        for (String model : List.of("blog", "harder", "keys", "oddnames")) {
            for (TestDatabase database : TestDatabase.values()) {
                cases.add(Arguments.of(model, database));
            }
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    static List<SchemaDifference> validate(CompiledModel model, Sandbox db) throws ReflectiveOperationException {
        return (List<SchemaDifference>) model.schemaClass().getMethod("validate", dev.joinwright.Database.class)
                .invoke(null, db.database());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("modelsAndDatabases")
    void aFreshlyCreatedSchemaHasNoDifference(String name, TestDatabase database) throws Exception {
        database.assumeAvailable();
        CompiledModel model = CompiledModel.of(name);
        try (Sandbox db = database.sandbox()) {
            model.create(db.connection);
            assertEquals(List.of(), validate(model, db));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("modelsAndDatabases")
    void everyDifferenceIsNamed(String name, TestDatabase database) throws Exception {
        if (!name.equals("blog")) {
            return;
        }
        database.assumeAvailable();
        CompiledModel model = CompiledModel.of("blog");
        try (Sandbox db = database.sandbox()) {
            model.create(db.connection);
            db.update("DROP TABLE content_tags");
            db.update(database == TestDatabase.SQLITE ? "ALTER TABLE tags ADD COLUMN colour TEXT"
                    : "ALTER TABLE tags ADD COLUMN colour VARCHAR(10)");
            List<String> found = validate(model, db).stream().map(SchemaDifference::toString)
                    .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
            assertEquals(2, found.size(), found.toString());
            assertTrue(found.contains("table content_tags: expected present, found absent"), found.toString());
            assertTrue(found.stream().anyMatch(f -> f.startsWith("table tags, column colour: expected absent, found ")),
                    found.toString());
        }
    }
}
