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
                "insertAll=NZ,AT,4",
                "widget=gear,ROUND,null,1"), run("keys", database));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keysMatchAsTheDatabaseComparesThem(TestDatabase database) throws Exception {
        boolean padSpace = database == TestDatabase.MARIADB; // 'X ' = 'X' in a MySQL VARCHAR comparison
        assertEquals(String.join("\n",
                padSpace ? "padded fk accepted" : "padded fk rejected",
                "lowercase fk rejected",
                padSpace ? "country(*)={Padded=Xland, Plain=Xland}" : "country(*)={Plain=Xland}",
                padSpace ? "cities(*)={'X'=[Padded, Plain], 'Y'=[]}" : "cities(*)={'X'=[Plain], 'Y'=[]}",
                padSpace ? "cities(padded parent)={'X '=[Padded, Plain]}" : "cities(padded parent)={'X '=[]}",
                padSpace ? "load(COUNTRY)=[Padded>X, Plain>X]" : "load(COUNTRY)=[Plain>X]",
                padSpace ? "findAll(CITIES)=[X:[Padded, Plain], Y:[]]" : "findAll(CITIES)=[X:[Plain], Y:[]]"),
                run("keys", "keys.PadSpace", database));
    }

    static String run(String model, TestDatabase database) throws Exception {
        return run(model, model + ".Smoke", database);
    }

    static String run(String model, String smokeClass, TestDatabase database) throws Exception {
        database.assumeAvailable();
        CompiledModel compiled = CompiledModel.of(model);
        try (Sandbox sandbox = database.sandbox()) {
            compiled.create(sandbox.connection);
            @SuppressWarnings("unchecked")
            Function<Database, String> smoke = (Function<Database, String>)
                    compiled.load(smokeClass).getConstructor().newInstance();
            String answer = smoke.apply(sandbox.database());
            compiled.drop(sandbox.connection);
            return answer;
        }
    }
}
