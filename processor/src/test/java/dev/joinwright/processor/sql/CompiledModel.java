package dev.joinwright.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import dev.joinwright.processor.write.DdlResourceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A test model ({@code src/test/resources/models/<name>/}) compiled once per test run with the
 * processor and {@code -Xlint:all -Werror}, with its generated DDL resources and its generated
 * schema class loaded from memory, so tests run exactly what a user's build would produce.
 */
public final class CompiledModel {
    /**
     * javac options a careful user builds with; the generated code must pass them. Only the
     * {@code processing} lint is off: it warns that no processor claimed the annotations, and
     * Joinwright deliberately never claims them.
     */
    public static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

    private static final Map<String, CompiledModel> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final Compilation compilation;
    private final Class<?> schemaClass;

    private CompiledModel(String name, Compilation compilation, Class<?> schemaClass) {
        this.name = name;
        this.compilation = compilation;
        this.schemaClass = schemaClass;
    }

    /** The model compiled (once per JVM) and checked to have compiled without any warning. */
    public static CompiledModel of(String name) {
        return CACHE.computeIfAbsent(name, CompiledModel::compile);
    }

    /** Compiles a model afresh, for tests that compare two builds. */
    public static Compilation compileAgain(String name) {
        return Compilations.compile(STRICT, sources(name));
    }

    private static CompiledModel compile(String name) {
        Compilation compilation = compileAgain(name);
        assertThat(compilation).succeededWithoutWarnings();
        try {
            ClassLoader loader = new GeneratedClasses(compilation, CompiledModel.class.getClassLoader());
            return new CompiledModel(name, compilation, loader.loadClass(name + ".JoinwrightSchema"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no schema class generated for model " + name, e);
        }
    }

    static JavaFileObject[] sources(String name) {
        try {
            URL folder = CompiledModel.class.getClassLoader().getResource("models/" + name);
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(f -> "models/" + name + "/" + f.getFileName())
                        .filter(p -> p.endsWith(".java"))
                        .sorted()
                        .map(Compilations::resource)
                        .toArray(JavaFileObject[]::new);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public Compilation compilation() {
        return compilation;
    }

    /** A generated class-output resource's text. */
    public String resource(String path) {
        return text(compilation, path).orElseThrow(() -> new AssertionError("not generated: " + path));
    }

    /** A generated class-output resource's text, if there is one. */
    public static Optional<String> text(Compilation compilation, String path) {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(file -> {
            try (InputStream in = file.openInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The create script of a dialect, split into statements the way a migration tool would. */
    public List<String> createScript(SqlDialect dialect) {
        return split(resource(DdlResourceWriter.createPath(dialect)));
    }

    /** The drop script of a dialect, split into statements. */
    public List<String> dropScript(SqlDialect dialect) {
        return split(resource(DdlResourceWriter.dropPath(dialect)));
    }

    /** Splits a script: {@code --} lines dropped, statements end with {@code ;} at a line's end. */
    public static List<String> split(String script) {
        String body = script.lines().filter(line -> !line.startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(body.split(";\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A class of the compilation (a generated one, or a test driver compiled with the model). */
    public Class<?> load(String qualifiedName) {
        try {
            return Class.forName(qualifiedName, true, schemaClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + qualifiedName, e);
        }
    }

    /** The generated schema class. */
    public Class<?> schemaClass() {
        return schemaClass;
    }

    /** Calls the generated {@code JoinwrightSchema.create(Connection)}. */
    public void create(Connection connection) throws SQLException {
        invoke("create", connection);
    }

    /** Calls the generated {@code JoinwrightSchema.drop(Connection)}. */
    public void drop(Connection connection) throws SQLException {
        invoke("drop", connection);
    }

    /** Calls the generated {@code JoinwrightSchema.createStatements(dialect)}. */
    public List<String> createStatements(SqlDialect dialect) {
        return statements("createStatements", dialect);
    }

    /** Calls the generated {@code JoinwrightSchema.dropStatements(dialect)}. */
    public List<String> dropStatements(SqlDialect dialect) {
        return statements("dropStatements", dialect);
    }

    @SuppressWarnings("unchecked")
    private List<String> statements(String method, SqlDialect dialect) {
        try {
            return (List<String>) schemaClass.getMethod(method, String.class).invoke(null, dialect.id());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private void invoke(String method, Connection connection) throws SQLException {
        try {
            schemaClass.getMethod(method, Connection.class).invoke(null, connection);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
