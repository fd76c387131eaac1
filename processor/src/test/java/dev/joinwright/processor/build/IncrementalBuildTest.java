package dev.joinwright.processor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.processor.testing.Javac;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an IDE or plain javac does after an edit: recompile only the changed file against the
 * previous build's output. Each entity of a model recompiled alone must give byte for byte the
 * files a full build gave it (its record and DAO), and the same schema class and DDL resources,
 * which cover every entity of the module, not only the recompiled one.
 */
class IncrementalBuildTest {
    @TempDir
    static Path work;

    private static final Map<String, Javac.Result> FULL = new java.util.concurrent.ConcurrentHashMap<>();

    /** The full build of a model, once per test run. */
    private static Javac.Result full(String model) {
        return FULL.computeIfAbsent(model, m -> {
            Javac.Result full = Javac.compile(work.resolve("full-" + m), Javac.javaFiles(Javac.model(m)), List.of(), List.of());
            assertTrue(full.success(), full.errors().toString());
            return full;
        });
    }

    @ParameterizedTest(name = "{0}: {1} alone")
    @CsvSource({
        "blog, User", "blog, Content", "blog, Tag",
        "harder, Department", "harder, Employee", "harder, Group", "harder, Order", "harder, Passport", "harder, User",
        "nullmarked, Person", "nullmarked, Team",
    })
    void oneEntityRecompiledAloneGivesTheFullBuildsFiles(String model, String entity) {
        Path folder = Javac.model(model);
        Javac.Result full = full(model);
        Javac.Result alone = Javac.compile(work.resolve("alone-" + model + "-" + entity), List.of(folder.resolve(entity + ".java")),
                List.of(full.classes()), List.of());
        assertTrue(alone.success(), alone.errors().toString());
        assertEquals(List.of(), alone.warnings());
        Map<String, String> again = alone.generated();
        Map<String, String> before = full.generated();
        String pkg = model + "/";
        for (String file : List.of(pkg + entity + "Record.java", pkg + entity + "Dao.java", pkg + "JoinwrightSchema.java",
                "META-INF/joinwright/h2.sql", "META-INF/joinwright/postgresql.sql", "META-INF/joinwright/mysql.sql",
                "META-INF/joinwright/sqlite.sql", "META-INF/joinwright/sqlite-drop.sql")) {
            assertTrue(before.containsKey(file) && again.containsKey(file), file + " not generated");
            assertEquals(before.get(file), again.get(file), file);
        }
        assertEquals(before.keySet().stream().filter(f -> !f.endsWith("Record.java") && !f.endsWith("Dao.java")).toList(),
                again.keySet().stream().filter(f -> !f.endsWith("Record.java") && !f.endsWith("Dao.java")).toList());
    }
}
