package dev.joinwright.processor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.processor.testing.Javac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Javadoc over the generated sources with every doclint group on, as {@code maven-javadoc-plugin}
 * with {@code failOnWarnings} runs it on a user's project: not one warning or error.
 */
class JavadocTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"blog", "harder", "keys", "oddnames", "composite", "association"})
    void generatedSourcesHaveCompleteJavadoc(String model) throws Exception {
        Javac.Result build = Javac.compile(work.resolve("build"), Javac.javaFiles(Javac.model(model)), List.of(), List.of());
        assertTrue(build.success(), build.errors().toString());
        List<Path> generated;
        try (Stream<Path> files = Files.walk(build.sources())) {
            generated = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", Files.createDirectories(work.resolve("doc")).toString(),
                    "-classpath", build.classes() + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                    "-Xdoclint:all", "-quiet", "-notimestamp");
            boolean ok = javadoc.getTask(null, files, diagnostics, null, options, files.getJavaFileObjectsFromPaths(generated))
                    .call();
            List<String> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT))
                    .toList();
            assertEquals(List.of(), problems.stream().limit(40).toList(), problems.size() + " javadoc problems");
            assertTrue(ok);
        }
    }
}
