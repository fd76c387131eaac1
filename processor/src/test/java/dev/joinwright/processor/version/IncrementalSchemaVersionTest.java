package dev.joinwright.processor.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.processor.testing.Javac;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE's recompilation of one entity of a versioned schema, without its {@code @Schema}
 * interface: the previous build's schema class names that interface, so the schema class keeps its
 * name and the migrations and their checks are the full build's.
 */
class IncrementalSchemaVersionTest {
    @TempDir
    Path work;

    @Test
    void oneEntityRecompiledAloneKeepsTheVersionedSchema() {
        String option = "-A" + SchemaVersions.SCHEMA_DIR_OPTION + "=" + work.resolve("schemas");
        Javac.Result first = Javac.compile(work.resolve("v1"), Javac.javaFiles(Javac.model("university1")), List.of(),
                List.of(option));
        assertTrue(first.success(), first.errors().toString());
        Javac.Result full = Javac.compile(work.resolve("v2"), Javac.javaFiles(Javac.model("university2")), List.of(),
                List.of(option));
        assertTrue(full.success(), full.errors().toString());
        Javac.Result alone = Javac.compile(work.resolve("alone"),
                List.of(Javac.model("university2").resolve("Student.java")), List.of(full.classes()), List.of(option));
        assertTrue(alone.success(), alone.errors().toString());
        Map<String, String> before = full.generated();
        Map<String, String> again = alone.generated();
        for (String file : List.of("edu/UniversitySchema.java",
                "META-INF/joinwright/migration/postgresql/V1__create_schema.sql",
                "META-INF/joinwright/migration/postgresql/V2__schema_version_2.sql",
                "META-INF/joinwright/migration/sqlite/V2__schema_version_2.sql.conf")) {
            assertTrue(before.containsKey(file) && again.containsKey(file), file + " not generated");
            assertEquals(before.get(file), again.get(file), file);
        }
        assertTrue(before.get("edu/UniversitySchema.java").contains("SCHEMA_INTERFACE = \"edu.University\""));
    }
}
