package dev.joinwright.processor.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.VersionedModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshots and migration scripts of the university model over three versions, compared with
 * the golden files under {@code src/test/resources/golden/university/}. Regenerate with
 * {@code -Djoinwright.regenerateGolden=true} and review the diff.
 */
class MigrationGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/university");
    private static final boolean REGENERATE = Boolean.getBoolean("joinwright.regenerateGolden");

    @Test
    void snapshotsAndScriptsMatchTheGoldenFiles() throws IOException {
        VersionedModel model = VersionedModel.build("university", 3);
        List<String> mismatches = new ArrayList<>();
        for (int version = 1; version <= 3; version++) {
            Path snapshot = model.schemaDir().resolve("edu.UniversitySchema").resolve(version + ".json");
            compare(Files.readString(snapshot, StandardCharsets.UTF_8), GOLDEN.resolve("snapshots/" + version + ".json"),
                    mismatches);
            for (SqlDialect dialect : SqlDialect.values()) {
                String path = SchemaVersions.path(dialect, version, ".sql");
                compare(model.script(dialect, version), GOLDEN.resolve(path.substring(SchemaVersions.FOLDER.length())),
                        mismatches);
            }
        }
        assertEquals(List.of(), mismatches, "if the change is intended, rerun with -Djoinwright.regenerateGolden=true");
    }

    private static void compare(String generated, Path golden, List<String> mismatches) throws IOException {
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(generated)) {
            mismatches.add(golden + " differs:\n" + generated);
        }
    }
}
