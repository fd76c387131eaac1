package dev.joinwright.processor.testing;

import dev.joinwright.processor.JoinwrightProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac on real folders, the way a build tool or an IDE runs it: sources from files, the class
 * path of the test run plus given folders, generated sources and classes in folders that a later
 * compilation can put on its class path (Compile Testing keeps everything in memory).
 */
public final class Javac {
    /** The outcome of one compilation. */
    public record Result(boolean success, List<String> errors, List<String> warnings, Path sources, Path classes) {
        /** Every generated file (sources and class-output resources, no class files), by relative path. */
        public Map<String, String> generated() {
            Map<String, String> files = new TreeMap<>();
            collect(sources, files);
            collect(classes, files);
            return files;
        }

        private static void collect(Path root, Map<String, String> files) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class")).toList()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Javac() {}

    /** Compiles {@code sources} into fresh folders under {@code work}, with the extra class path entries. */
    public static Result compile(Path work, List<Path> sources, List<Path> classPath, List<String> options,
            Processor... extraProcessors) {
        try {
            Path generated = Files.createDirectories(work.resolve("generated"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> all = new ArrayList<>(List.of("-s", generated.toString(), "-d", classes.toString(),
                        "-classpath", classPath(classPath), "-Xlint:all,-processing", "-Werror"));
                all.addAll(options);
                JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null,
                        files.getJavaFileObjectsFromPaths(sources));
                List<Processor> processors = new ArrayList<>(List.of(extraProcessors));
                processors.add(new JoinwrightProcessor());
                task.setProcessors(processors);
                boolean success = task.call();
                List<String> errors = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    String text = (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT);
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.add(text);
                    } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                        warnings.add(text);
                    }
                }
                return new Result(success, errors, warnings, generated, classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath(List<Path> extra) {
        List<String> entries = new ArrayList<>();
        extra.forEach(p -> entries.add(p.toString()));
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Writes a source file {@code <root>/<package path>/<Name>.java}. */
    public static Path write(Path root, String qualifiedName, String... lines) {
        try {
            Path file = root.resolve(qualifiedName.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test resource folder {@code models/<name>} as a path. */
    public static Path model(String name) {
        try {
            return Path.of(Javac.class.getClassLoader().getResource("models/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code .java} files of a folder, sorted. */
    public static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
