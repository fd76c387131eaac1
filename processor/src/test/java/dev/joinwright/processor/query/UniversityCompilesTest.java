package dev.joinwright.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.sql.CompiledModel;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The university model with its query interfaces compiles cleanly under -Werror. */
class UniversityCompilesTest {
    @Test
    void compiles() throws Exception {
        Compilation compilation = CompiledModel.of("university").compilation();
        assertThat(compilation).succeededWithoutWarnings();
        if (Boolean.getBoolean("joinwright.printUniversity")) {
            System.out.println(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "university/StudentDao.java")
                    .orElseThrow().getCharContent(true));
        }
    }
}
