package dev.joinwright.processor.version;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.sql.CompiledModel;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.VersionedModel;
import dev.joinwright.processor.testing.Compilations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Schema}, the snapshots, the frozen versions and the unsafe changes, at compile time. */
class SchemaVersionsTest {

    private static JavaFileObject university(String annotation) {
        return Compilations.source("edu.University", "package edu;", "", "import dev.joinwright.Schema;", "",
                annotation, "public interface University {}");
    }

    private static Path snapshot(VersionedModel model, int version) {
        return model.schemaDir().resolve("edu.UniversitySchema").resolve(version + ".json");
    }

    @Test
    void theFirstBuildOfAVersionWritesItsSnapshotAndNamesTheSchemaClass() throws IOException {
        VersionedModel model = VersionedModel.build("university", 1);
        assertTrue(Files.exists(snapshot(model, 1)));
        assertTrue(model.last().generatedSourceFile("edu.UniversitySchema").isPresent());
        assertFalse(model.last().generatedSourceFile("edu.JoinwrightSchema").isPresent());
        for (SqlDialect dialect : SqlDialect.values()) {
            assertTrue(model.script(dialect, 1).contains("CREATE TABLE"));
        }
        String before = Files.readString(snapshot(model, 1), StandardCharsets.UTF_8);
        model.compile(1); // the same version again: the snapshot is read, not rewritten
        assertEquals(before, Files.readString(snapshot(model, 1), StandardCharsets.UTF_8));
    }

    @Test
    void withoutSchemaNothingIsVersioned() {
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                VersionedModel.sources("university", 1, List.of(university(""))));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFile("edu.JoinwrightSchema").isPresent());
        assertTrue(compilation.generatedFiles().stream()
                .noneMatch(f -> f.toUri().getPath().contains(SchemaVersions.FOLDER)));
    }

    @Test
    void twoBuildsWriteTheSameSnapshotsAndScriptsByteForByte() throws IOException {
        VersionedModel first = VersionedModel.build("university", 3);
        VersionedModel second = VersionedModel.build("university", 3);
        for (int version = 1; version <= 3; version++) {
            assertEquals(Files.readString(snapshot(first, version)), Files.readString(snapshot(second, version)));
            for (SqlDialect dialect : SqlDialect.values()) {
                assertEquals(first.script(dialect, version), second.script(dialect, version));
                // V1 never changes: the same bytes in every later build
                assertEquals(first.script(dialect, 1), CompiledModel.text(first.builds().get(0),
                        SchemaVersions.path(dialect, 1, ".sql")).orElseThrow());
            }
        }
        assertEquals("executeInTransaction=false\n", first.scriptConfiguration(SqlDialect.SQLITE, 2).orElseThrow());
        assertTrue(first.scriptConfiguration(SqlDialect.POSTGRESQL, 2).isEmpty());
    }

    @Test
    void aChangedModelUnderAFrozenVersionIsAnError() {
        VersionedModel model = VersionedModel.build("university", 1);
        Compilation compilation = model.compileWith(2, List.of(university("@Schema(version = 1)")));
        assertThat(compilation).hadErrorContaining("[JW901] version 1 is frozen; bump the version to 2: the model "
                        + "differs from snapshot")
                .inFile(university("@Schema(version = 1)")).onLineContaining("@Schema");
        assertThat(compilation).hadErrorContaining("added table department");
        assertThat(compilation).hadErrorContaining("renamed column student.mail to email");
    }

    @Test
    void aLaterVersionWithoutTheSchemaDirectoryIsAnError() {
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                VersionedModel.sources("university", 2, List.of()));
        assertThat(compilation).hadErrorContaining("[JW902] @Schema(version = 2) on edu.University needs the snapshots "
                        + "of versions 1 to 1, but the processor option -Ajoinwright.schemaDir is not set")
                .inFile(Compilations.resource("models/university2/University.java")).onLineContaining("@Schema");
        assertThat(compilation).hadErrorContaining("Fix: pass -Ajoinwright.schemaDir=");
    }

    @Test
    void aMissingEarlierSnapshotIsAnError() {
        VersionedModel model = VersionedModel.build("university", 0);
        Compilation compilation = model.compileWith(2, List.of());
        assertThat(compilation).hadErrorContaining("[JW903] @Schema(version = 2) on edu.University needs the snapshot "
                + "of version 1, but").inFile(Compilations.resource("models/university2/University.java"))
                .onLineContaining("@Schema");
    }

    private static JavaFileObject student(String... members) {
        String[] lines = new String[members.length + 8];
        lines[0] = "package edu;";
        lines[1] = "import dev.joinwright.*;";
        lines[2] = "import java.util.List;";
        lines[3] = "@Entity";
        lines[4] = "public interface Student {";
        lines[5] = "    @Id long id();";
        System.arraycopy(members, 0, lines, 6, members.length);
        lines[members.length + 6] = "    @Relationship(secondary = \"enrollment\", backPopulates = \"students\") List<Course> courses();";
        lines[members.length + 7] = "}";
        return Compilations.source("edu.Student", lines);
    }

    @Test
    void aNotNullColumnAddedToAnExistingTableIsAnError() {
        VersionedModel model = VersionedModel.build("university", 1);
        JavaFileObject student = student("    @Column(length = 100) String name();",
                "    @Column(length = 120, unique = true) String mail();", "    int credits();");
        Compilation compilation = model.compileWith(1, List.of(university("@Schema(version = 2)"), student));
        assertThat(compilation).hadErrorContaining("[JW912] version 2 adds the NOT NULL column student.credits to the "
                + "existing table student, whose rows have no value for it. Fix: give it a default")
                .inFile(student).onLineContaining("int credits()");
        assertFalse(Files.exists(snapshot(model, 2)), "no snapshot is written for a version in error");
    }

    @Test
    void narrowingAndMakingNotNullAreErrors() {
        VersionedModel model = VersionedModel.build("university", 1);
        JavaFileObject student = student("    @Column(length = 50) String name();",
                "    @Column(length = 120, unique = true) String mail();");
        JavaFileObject course = Compilations.source("edu.Course", "package edu;", "import dev.joinwright.*;",
                "import java.util.List;", "@Entity", "public interface Course {", "    @Id long id();",
                "    @Column(length = 16) String code();", "    String title();", "    String room();",
                "    @Relationship(secondary = \"enrollment\", backPopulates = \"courses\") List<Student> students();", "}");
        Compilation compilation = model.compileWith(1, List.of(university("@Schema(version = 2)"), student, course));
        assertThat(compilation).hadErrorContaining("[JW914] version 2 narrows column student.name from STRING(100) to "
                + "STRING(50), which can lose data").inFile(student).onLineContaining("String name()");
        assertThat(compilation).hadErrorContaining("[JW913] version 2 makes column course.room NOT NULL")
                .inFile(course).onLineContaining("String room()");
    }

    @Test
    void dropsMustBeAcknowledged() {
        VersionedModel model = VersionedModel.build("university", 1);
        JavaFileObject student = student("    @Column(length = 100) String name();");
        Compilation compilation = model.compileWith(1, List.of(university("@Schema(version = 2)"), student));
        assertThat(compilation).hadErrorContaining("[JW911] version 2 drops column student.mail and its values. Fix: "
                        + "acknowledge the data loss with @Schema(version = 2, drops = {\"student.mail\"})")
                .inFile(university("@Schema(version = 2)")).onLineContaining("@Schema");
        JavaFileObject acknowledged = university("@Schema(version = 2, drops = {\"student.mail\"})");
        assertThat(model.compileWith(1, List.of(acknowledged, student))).succeededWithoutWarnings();
        assertTrue(Files.exists(snapshot(model, 2)));
    }

    @Test
    void aDroppedTableMustBeAcknowledged() {
        VersionedModel model = VersionedModel.build("university", 0);
        JavaFileObject extra = Compilations.source("edu.Extra", "package edu;", "import dev.joinwright.*;",
                "@Entity", "public interface Extra {", "    @Id long id();", "}");
        assertThat(model.compileWith(1, List.of(extra))).succeededWithoutWarnings();
        JavaFileObject version2 = university("@Schema(version = 2, drops = {})");
        Compilation compilation = model.compileWith(1, List.of(version2));
        assertThat(compilation).hadErrorContaining("[JW910] version 2 drops table extra and its rows")
                .inFile(version2).onLineContaining("@Schema");
        assertThat(model.compileWith(1, List.of(university("@Schema(version = 2, drops = {\"extra\"})"))))
                .succeededWithoutWarnings();
    }

    @Test
    void aVersionBelowOneIsAnError() {
        JavaFileObject zero = university("@Schema(version = 0)");
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                VersionedModel.sources("university", 1, List.of(zero)));
        assertThat(compilation).hadErrorContaining("[JW904] @Schema(version = 0) on University is not a version")
                .inFile(zero).onLineContaining("@Schema");
    }

    @Test
    void theScriptsAreClassOutputResources() {
        VersionedModel model = VersionedModel.build("university", 2);
        assertTrue(model.last().generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/joinwright/migration/postgresql/V2__schema_version_2.sql").isPresent());
    }

    @Test
    void anUnreadableSnapshotIsAnError() throws IOException {
        VersionedModel model = VersionedModel.build("university", 1);
        Files.writeString(snapshot(model, 1), "{\"format\": 1, \"version\": 1, \"tables\": [", StandardCharsets.UTF_8);
        Compilation compilation = model.compileWith(2, List.of());
        assertThat(compilation).hadErrorContaining("[JW906] the snapshot ")
                .inFile(Compilations.resource("models/university2/University.java")).onLineContaining("@Schema");
        assertThat(compilation).hadErrorContaining("cannot be read: unexpected end");
    }

    @Test
    void twoSchemaAnnotationsAreAnError() {
        JavaFileObject second = Compilations.source("edu.Campus", "package edu;", "", "import dev.joinwright.Schema;", "",
                "@Schema(version = 1)", "public interface Campus {}");
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                VersionedModel.sources("university", 1, List.of(second)));
        assertThat(compilation).hadErrorContaining("[JW905] @Schema is on edu.Campus and on edu.University, but a "
                + "compilation has one schema").inFile(Compilations.resource("models/university1/University.java"))
                .onLineContaining("@Schema");
    }
}
