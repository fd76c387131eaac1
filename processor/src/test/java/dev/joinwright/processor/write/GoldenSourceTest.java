package dev.joinwright.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.processor.sql.CompiledModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated sources compared with golden files under {@code src/test/resources/golden/<model>/}:
 * records and DAOs of the two large models and of the per-feature ones ({@code keys}: String keys,
 * FK types, mixed-case names; {@code oddnames}: names that collide with generated members), so
 * that a change to what users read in their IDE is always a reviewed diff. Regenerate after an intended change with
 * {@code mvn -pl processor -am verify -Djoinwright.regenerateGolden=true}. What the SQL in them does
 * is proved elsewhere, against real databases.
 */
class GoldenSourceTest {
    private static final Path GOLDEN_ROOT = Path.of("src/test/resources/golden");
    private static final boolean REGENERATE = Boolean.getBoolean("joinwright.regenerateGolden");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "blog, blog.ContentRecord",
        "blog, blog.ContentDao",
        "blog, blog.UserDao",
        "harder, harder.EmployeeDao",
        "harder, harder.OrderDao",
        "keys, keys.CityRecord",
        "keys, keys.CityDao",
        "keys, keys.WidgetDao",
        "oddnames, oddnames.KeyRecord",
        "oddnames, oddnames.KeyDao",
        "oddnames, oddnames.PsDao",
        "oddnames, oddnames.TargetsDao",
        "oddnames, oddnames.A_ItemRecord",
        "constraints, constraints.AthleteRecord",
        "constraints, constraints.AthleteDao",
    })
    void matchesGoldenFile(String model, String qualifiedName) throws IOException {
        JavaFileObject file = CompiledModel.of(model).compilation()
                .generatedFile(StandardLocation.SOURCE_OUTPUT, qualifiedName.replace('.', '/') + ".java")
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
        String generated = file.getCharContent(true).toString();
        Path golden = GOLDEN_ROOT.resolve(model).resolve(qualifiedName.substring(qualifiedName.indexOf('.') + 1) + ".java.txt");
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated,
                "generated " + qualifiedName + " differs from " + golden
                        + "; if the change is intended, rerun with -Djoinwright.regenerateGolden=true");
    }
}
