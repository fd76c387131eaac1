package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.processor.write.DdlResourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated DDL resources, compared with the golden files under
 * {@code src/test/resources/golden/<model>/}. After an intended change, regenerate them with
 * {@code mvn -pl processor -am verify -Djoinwright.regenerateGolden=true} and review the diff.
 */
class GoldenDdlTest {
    static final Path GOLDEN_ROOT = Path.of("src/test/resources/golden");
    static final boolean REGENERATE = Boolean.getBoolean("joinwright.regenerateGolden");

    static List<Arguments> scripts() {
        List<Arguments> scripts = new ArrayList<>();
        for (String model : List.of("blog", "harder", "keys", "oddnames", "constraints")) {
            for (SqlDialect dialect : SqlDialect.values()) {
                scripts.add(Arguments.of(model, DdlResourceWriter.createPath(dialect)));
                scripts.add(Arguments.of(model, DdlResourceWriter.dropPath(dialect)));
            }
        }
        return scripts;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scripts")
    void matchesGoldenFile(String model, String resource) throws IOException {
        String generated = CompiledModel.of(model).resource(resource);
        Path golden = GOLDEN_ROOT.resolve(model).resolve(resource.substring(DdlResourceWriter.FOLDER.length()));
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated,
                "generated " + resource + " differs from " + golden
                        + "; if the change is intended, rerun with -Djoinwright.regenerateGolden=true");
    }
}
