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

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void compositeKeys(TestDatabase database) throws Exception {
        assertEquals(String.join("\n",
                "insertAll=[B1, A2, A1]",
                "findById=A2,-",
                "findAll=[A1, A2, B1]",
                "update=A1*,A1*",
                "update missing: No seat row has key Key[hallCode=A, number=9]",
                "hall=Main,Small",
                "hall(*)=[Key[hallCode=A, number=1], Key[hallCode=A, number=2], Key[hallCode=B, number=1]]->[A, A, B]",
                "holder(*)=Ann,-",
                "seats=[A1*, A2]",
                "seats(*)=[A:[1, 2], B:[1]]",
                "eager=[A1*@Main, A2@Main/Ann, B1@Small]",
                "eagerById=Ann",
                "halls eager=[A[1, 2], B[1]]",
                "setHolder=1",
                "dangling composite fk rejected",
                "seat=B1,B1",
                "seat(*)=[1>A2, 2>A2, 3>B1]",
                "bookings=[Cy, Di],[Eve]",
                "bookings(*)=[A1:[], A2:[Cy, Di], B1:[Eve]]",
                "eager bookings=[A1*[], A2[Cy, Di], B1[Eve]]",
                "eager seat=[Cy@A2, Di@A2, Eve@B1]",
                "place=B1,-",
                "place(*)=[B1, -]",
                "eager place=[B1, -]",
                "delete=true,false,2"), run("composite", database));
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
