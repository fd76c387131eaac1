package dev.joinwright.processor.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot files: read and written back byte for byte, and the little JSON under them. */
class SnapshotJsonTest {
    private static final Path SNAPSHOTS = Path.of("src/test/resources/golden/university/snapshots");

    @Test
    void aSnapshotReadsBackToTheSameBytes() throws Exception {
        for (int version = 1; version <= 3; version++) {
            String text = Files.readString(SNAPSHOTS.resolve(version + ".json"), StandardCharsets.UTF_8);
            Snapshot snapshot = SnapshotJson.read(text, version);
            assertEquals(text, SnapshotJson.write("edu.UniversitySchema", snapshot), "snapshot " + version);
        }
    }

    @Test
    void aSnapshotOfAnotherVersionIsRefused() throws IOException {
        String text = Files.readString(SNAPSHOTS.resolve("2.json"), StandardCharsets.UTF_8);
        assertThrows(Json.ParseException.class, () -> SnapshotJson.read(text, 3));
    }

    @Test
    void jsonIsCanonical() throws Json.ParseException {
        Object value = Map.of("b", List.of(1, "two\n\"three\"", true), "a", Map.of());
        String text = Json.write(value);
        assertEquals("{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"two\\n\\\"three\\\"\",\n    true\n  ]\n}\n", text);
        assertEquals(text, Json.write(Json.read(text)));
        assertThrows(Json.ParseException.class, () -> Json.read("{\"a\": [1, 2}"));
    }
}
