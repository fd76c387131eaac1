package dev.joinwright.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.joinwright.processor.JoinwrightProcessor;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with Joinwright's processor, the way a user's build would. */
public final class Compilations {
    private Compilations() {}

    /** Compiles the given sources with the processor and the default options. */
    public static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** Compiles with extra javac options such as {@code -Ajoinwright.schemaClass=...}. */
    public static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new JoinwrightProcessor())
                .withOptions(options)
                .compile(Arrays.asList(sources));
    }

    /**
     * A source file from lines of text; the class name is read from the {@code package} line and
     * the first type declaration.
     */
    public static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** A source file from {@code src/test/resources}, e.g. {@code models/blog/User.java}. */
    public static JavaFileObject resource(String path) {
        return JavaFileObjects.forResource(path);
    }
}
