package dev.joinwright.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A model far larger than a method's 64 KB of bytecode allows for its DDL as one list: 1,000
 * entities, each with an FK to the previous one (so a table, an index and a constraint each), must
 * still give a schema class that compiles. The DDL of one dialect is built in chunks of
 * {@value StatementHolder#CHUNK} statements, each dialect in its own nested class.
 */
class LargeModelTest {
    @Test
    void aThousandEntitiesCompile() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            List<String> lines = new ArrayList<>(List.of(
                    "package big;",
                    "import dev.joinwright.*;",
                    "@Entity public interface E" + i + " {",
                    "  @Id long id();",
                    "  String name();"));
            if (i > 0) {
                lines.add("  @ForeignKey(E" + (i - 1) + ".class) long parentId();");
            }
            lines.add("}");
            sources.add(Compilations.source("big.E" + i, lines.toArray(String[]::new)));
        }
        Compilation compilation = Compilations.compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("big.JoinwrightSchema").contentsAsUtf8String()
                .contains("private static void create11(List<String> statements)");
    }
}
