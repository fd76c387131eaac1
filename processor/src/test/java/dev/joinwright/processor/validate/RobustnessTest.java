package dev.joinwright.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.JoinwrightProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor never throws, reports every error of a build together, and generates nothing then. */
class RobustnessTest {
    @Test
    void unresolvedTypesGiveCleanErrorsAndNoCrash() {
        JavaFileObject post = source("Post", "@Entity public interface Post {",
                "  @Id long id();",
                "  @ForeignKey(value = DoesNotExist.class) long ownerId();",
                "  @Relationship List<Missing> items();",
                "  Unknown extra();",
                "}");
        Compilation compilation = compile(post);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[JW301] @ForeignKey on Post.ownerId refers to a type that does not resolve")
                .inFile(post).onLineContaining("DoesNotExist.class");
        assertNoCrash(compilation);
    }

    @Test
    void missingMandatoryAttributeIsNotAnInternalError() {
        JavaFileObject user = source("User", "@Entity public interface User {", "  @Id long id();", "}");
        JavaFileObject post = source("Post", "@Entity public interface Post {",
                "  @Id long id();",
                "  @ForeignKey long ownerId();",
                "}");
        Compilation compilation = compile(user, post);
        assertThat(compilation).hadErrorContaining("missing a default value").inFile(post).onLineContaining("@ForeignKey long ownerId();");
        assertNoCrash(compilation);
    }

    @Test
    void earlierProblemsDoNotCrashLaterRules() {
        JavaFileObject user = source("User", "@Entity(table = \"users\") public interface User {",
                "  String name();",
                "  @Relationship(backPopulates = \"owner\", orderBy = \"nope\") List<Post> posts();",
                "}");
        JavaFileObject post = source("Post", "@Entity public interface Post {",
                "  @ForeignKey(User.class) long ownerId();",
                "  @Relationship(backPopulates = \"posts\") User owner();",
                "  @Relationship(secondary = \"x\") List<User> fans();",
                "}");
        Compilation compilation = compile(user, post);
        assertThat(compilation).hadErrorContaining("[JW201] entity User has no @Id accessor");
        assertThat(compilation).hadErrorContaining("[JW201] entity Post has no @Id accessor");
        assertNoCrash(compilation);
    }

    @Test
    void allErrorsOfABuildAreReportedAndNothingIsGenerated() throws IOException {
        JavaFileObject user = source("User", "@Entity(table = \"users\") public interface User {",
                "  @Id long id();",
                "  @Relationship List<Post> posts();",
                "}");
        JavaFileObject post = source("Post", "@Entity public interface Post {",
                "  @Id long id();",
                "  @ForeignKey(User.class) int ownerId();",
                "  @Relationship(orderBy = \"nope\") List<Tag> tags();",
                "}");
        JavaFileObject tag = source("Tag", "@Entity(table = \"USERS\") public interface Tag {",
                "  @Id @Nullable Long id();",
                "}");
        Compilation compilation = compile(user, post, tag);
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("[JW304]").inFile(post).onLineContaining("int ownerId();");
        assertThat(compilation).hadErrorContaining("[JW403]").inFile(post).onLineContaining("List<Tag> tags();");
        assertThat(compilation).hadErrorContaining("[JW203]").inFile(tag).onLineContaining("Long id();");
        assertThat(compilation).hadErrorContaining("[JW701] entities test.Tag and test.User both map to table users").inFile(user).onLineContaining("table = \"users\"");
        assertThat(compilation).hadErrorContaining("[JW413]").inFile(post).onLineContaining("orderBy = \"nope\"");
        assertThat(generatedFiles(user, post, tag)).isEmpty();
    }

    /**
     * What the processor writes for the sources, through plain javax.tools into temporary output
     * folders (Compile Testing hides generated files of a failed compilation).
     */
    private static List<String> generatedFiles(JavaFileObject... sources) throws IOException {
        Path out = Files.createTempDirectory("joinwright-robustness");
        try {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<JavaFileObject> all = new ArrayList<>(List.of(sources));
            all.add(TestEntities.NULLABLE);
            List<String> options = List.of("-proc:only", "-s", out.toString(), "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostic -> {}, options, null, all);
            task.setProcessors(List.of(new JoinwrightProcessor()));
            assertThat(task.call()).isFalse();
            try (Stream<Path> files = Files.walk(out)) {
                return files.filter(Files::isRegularFile).map(Path::toString).toList();
            }
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(null);
            assertThat(message).doesNotContain("threw an uncaught exception");
            assertThat(message).doesNotContain("internal error in Joinwright");
        }
    }
}
