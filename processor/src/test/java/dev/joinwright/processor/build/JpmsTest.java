package dev.joinwright.processor.build;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.processor.JoinwrightProcessor;
import dev.joinwright.processor.testing.Javac;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS application: a {@code module-info} with the {@code requires} the README names, entities
 * and code using the generated records, DAOs and schema class, compiled with the processor under
 * {@code -Xlint:all,-processing -Werror} and run on the module path with H2. The runtime is an
 * automatic module ({@code Automatic-Module-Name: dev.joinwright}), which javac's own
 * {@code requires-automatic} lint warns about in the application's {@code module-info}: that lint
 * is off here, as the README says.
 */
class JpmsTest {
    /** The runtime's module name ({@code Automatic-Module-Name} in runtime/pom.xml). */
    static final String RUNTIME_MODULE = "dev.joinwright";

    @TempDir
    Path work;

    @Test
    void aModularApplicationCompilesAndRunsWithTheRequiresTheReadmeNames() throws Exception {
        Path runtime = runtimeJar();
        assertEquals(RUNTIME_MODULE, ModuleFinder.of(runtime).findAll().stream()
                .map(ModuleReference::descriptor).map(d -> d.name()).findFirst().orElseThrow());
        Path src = work.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("module-info.java"), String.join("\n",
                "module app {", "    requires dev.joinwright;", "    requires java.sql;",
                "    requires static java.compiler;", "}"));
        List<Path> sources = new ArrayList<>(List.of(src.resolve("module-info.java")));
        sources.add(Javac.write(src, "app.Author", "package app;", "import dev.joinwright.*;",
                "/** An author. */", "@Entity public interface Author {", "  /** @return the key */ @Id long id();",
                "  /** @return the name */ String name();",
                "  /** @return the books */ @Relationship(backPopulates = \"author\") java.util.List<Book> books();", "}"));
        sources.add(Javac.write(src, "app.Book", "package app;", "import dev.joinwright.*;",
                "/** A book. */", "@Entity public interface Book {", "  /** @return the key */ @Id long id();",
                "  /** @return the title */ String title();",
                "  /** @return the author's key */ @ForeignKey(Author.class) long authorId();",
                "  /** @return the author */ @Relationship(backPopulates = \"books\") Author author();", "}"));
        sources.add(Javac.write(src, "app.Main", "package app;", "import dev.joinwright.Database;",
                "/** Runs the generated code. */", "public final class Main {", "  private Main() {}",
                "  /** @param args unused */", "  public static void main(String[] args) {",
                "    Database db = Database.h2InMemory(\"jpms\");", "    JoinwrightSchema.create(db);",
                "    AuthorRecord ada = new AuthorDao(db).insert(AuthorRecord.builder().name(\"Ada\").build());",
                "    BookDao books = new BookDao(db);",
                "    books.insert(BookRecord.builder().title(\"Notes\").authorId(ada.id()).build());",
                "    System.out.println(new AuthorDao(db).books(ada).get(0).title() + \" by \"",
                "        + books.findAll(BookDao.Fetch.AUTHOR).get(0).author().name());", "  }", "}"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("--module-path", runtime.toString(), "-d", classes.toString(),
                            "-s", Files.createDirectories(work.resolve("generated")).toString(),
                            "-Xlint:all,-processing,-requires-automatic", "-Werror"),
                    null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new JoinwrightProcessor()));
            boolean success = task.call();
            assertTrue(success, diagnostics.getDiagnostics().toString());
            assertEquals(List.of(), diagnostics.getDiagnostics());
        }
        assertEquals("Notes by Ada", run(classes, runtime));
    }

    private String run(Path classes, Path runtime) throws IOException, InterruptedException, URISyntaxException {
        Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String modulePath = String.join(java.io.File.pathSeparator, classes.toString(), runtime.toString(), h2.toString());
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "com.h2database", "-m", "app/app.Main")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), output);
        assertThat(java.exitValue()).isEqualTo(0);
        return output.substring(output.lastIndexOf('\n') + 1); // the application's line, after any driver's notices
    }

    /** The runtime as a jar: the built one, or (when tests run on its classes folder) one made here. */
    private Path runtimeJar() throws IOException, URISyntaxException {
        Path location = Path.of(dev.joinwright.Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
            return location;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), RUNTIME_MODULE);
        Path jar = work.resolve("joinwright-runtime.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
                Stream<Path> walk = Files.walk(location)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
