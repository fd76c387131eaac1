package dev.joinwright.bench.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Copies generated sources keeping only what a user can call: every private method is dropped and
 * every other method and constructor body becomes {@code { throw null; }}; fields, nested types and
 * signatures stay as generated. Compiled with the model, the copy measures what javac spends on the
 * generated API's declarations alone, the floor that no shorter method body or faster processor can
 * go under while the generated surface stays the same.
 *
 * <p>Usage: {@code Declarations <generated sources dir> <copy dir>}.
 */
public final class Declarations {
    private Declarations() {}

    public static void main(String[] args) throws IOException {
        copy(Path.of(args[0]), Path.of(args[1]));
    }

    /** Writes the declarations-only copy of every {@code .java} file under {@code from} into {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                Path source = Path.of(unit.getSourceFile().toUri());
                Path target = to.resolve(from.toAbsolutePath().relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, declarationsOf(unit, positions));
            }
        }
    }

    /** The unit's text with private methods cut and the other bodies replaced, cut from the end backwards. */
    private static String declarationsOf(CompilationUnitTree unit, SourcePositions positions) throws IOException {
        record Cut(long start, long end, String replacement) {}
        List<Cut> cuts = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethod(MethodTree method, Void unused) {
                boolean constructor = method.getName().contentEquals("<init>");
                if (!constructor && method.getModifiers().getFlags().contains(Modifier.PRIVATE)) {
                    cuts.add(new Cut(positions.getStartPosition(unit, method), positions.getEndPosition(unit, method), ""));
                } else if (method.getBody() != null) {
                    cuts.add(new Cut(positions.getStartPosition(unit, method.getBody()),
                            positions.getEndPosition(unit, method.getBody()), "{ throw null; }"));
                }
                return null; // a lambda or local class inside a body goes with the body
            }
        }.scan(unit, null);
        cuts.sort(Comparator.comparingLong(Cut::start).reversed());
        StringBuilder text = new StringBuilder(unit.getSourceFile().getCharContent(true));
        for (Cut cut : cuts) {
            text.replace((int) cut.start(), (int) cut.end(), cut.replacement());
        }
        return text.toString();
    }
}
