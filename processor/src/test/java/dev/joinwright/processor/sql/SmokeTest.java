package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.Database;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Models of names that collide with generated ones compile under {@code -Xlint:all -Werror}, and
 * their generated code works on every database: each model's {@code Smoke} (compiled with it, so
 * it calls the generated API as a user would) creates the schema, inserts, reads back and
 * navigates, and answers the same text on all four.
 */
class SmokeTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void oddNames(TestDatabase database) throws Exception {
        assertEquals(String.join("\n",
                "key=b,tb,true,p,e",
                "hashDiffers=true",
                "psByPk=x",
                "psById=x",
                "psHashUsesH=true",
                "update=1",
                "select=p",
                "count=1/1",
                "findAll=1/1",
                "items=1,Items=2",
                "eager=2",
                "selectJoined=b",
                "byPortion=true"), run("oddnames", database));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keysCollationFloatsMixedCaseAndStaleCopies(TestDatabase database) throws Exception {
        assertEquals(String.join("\n",
                "lowercase fk rejected",
                "area=true",
                "country=United States",
                "stale country dropped",
                "set=France",
                "City.name must not be null: column name of table city is NOT NULL",
                "widget=gear,1"), run("keys", database));
    }

    static String run(String model, TestDatabase database) throws Exception {
        database.assumeAvailable();
        CompiledModel compiled = CompiledModel.of(model);
        try (Sandbox sandbox = database.sandbox()) {
            compiled.create(sandbox.connection);
            @SuppressWarnings("unchecked")
            Function<Database, String> smoke = (Function<Database, String>)
                    compiled.load(model + ".Smoke").getConstructor().newInstance();
            String answer = smoke.apply(sandbox.database());
            compiled.drop(sandbox.connection);
            return answer;
        }
    }
}
