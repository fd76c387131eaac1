package dev.joinwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import org.junit.jupiter.api.Test;

class BlogModelCompilesTest {
    @Test
    void blogModelCompilesWithoutWarnings() {
        Compilation compilation = Compilations.compile(
                Compilations.resource("models/blog/Nullable.java"),
                Compilations.resource("models/blog/User.java"),
                Compilations.resource("models/blog/Content.java"),
                Compilations.resource("models/blog/Tag.java"));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
