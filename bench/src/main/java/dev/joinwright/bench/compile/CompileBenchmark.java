package dev.joinwright.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The compile-time benchmark: javac (a fresh JVM per run, best of {@code RUNS}) on generated models
 * of 10, 100, 300 and 1,000 entities: without a processor, with Joinwright's, with
 * {@code hibernate-processor} on the same model as JPA entities, and Joinwright's processor on a
 * model with nothing to process. It also splits Joinwright's added time in two: javac compiling the
 * generated sources (the model and the generated sources compiled together without any processor,
 * minus the model alone) and the rest, which is the processor's own work and its processing rounds;
 * and measures the floor under the first part: the generated sources cut to their declarations
 * ({@link Declarations}), compiled with the model.
 * Writes {@code compile.md} into the results directory.
 *
 * <p>With {@code -Djw.compile.jfr=<dir>}, the first run with the processor at each size records a
 * Java Flight Recorder profile of javac ({@code <dir>/javac-<N>.jfr}; read it with {@link JfrTop}).
 *
 * <p>Usage: {@code CompileBenchmark <results dir> <joinwright processor path> <joinwright runtime
 * classpath> <hibernate-processor classpath> <jakarta.persistence-api.jar> [sizes]}; the paths are
 * class paths (several entries separated by the path separator), so a processor build that needs
 * libraries of its own runs unchanged.
 */
public final class CompileBenchmark {
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        String processor = args[1];
        String runtime = args[2];
        String hibernateProcessor = args[3];
        String jpaApi = args[4];
        int[] sizes = args.length > 5 ? Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 300, 1000};
        Path work = Files.createTempDirectory("jw-compile-bench");
        StringBuilder md = new StringBuilder("## Compile time\n\n");
        md.append("`javac` in a fresh JVM, best of ").append(RUNS).append(" runs, on N generated entities (8 columns,"
                + " one FK with its back-population each, a many-to-many on every tenth). *plain*: javac, no processor;"
                + " *joinwright*: with Joinwright's processor; *added/entity*: (joinwright − plain) ÷ N;"
                + " *nothing to process*: the same interfaces without annotations, with the processor on the path,"
                + " minus without it; *JPA + hibernate-processor*: the same model as JPA entity classes with"
                + " Hibernate's metamodel generator; *lines/entity*: generated Java lines per entity. The split of"
                + " Joinwright's added time: *generated code*: javac on the model plus the generated sources without"
                + " a processor, minus the model alone; *processor*: the rest (the processor's own work and its"
                + " processing rounds); *declarations alone/entity*: the generated sources with every private method"
                + " dropped and every other body replaced by `throw null`, compiled with the model, minus the model"
                + " alone, ÷ N: what javac spends on the generated API's declarations, which no shorter body or"
                + " faster processor can go under.\n\n");
        md.append("| N | plain (ms) | joinwright (ms) | added/entity (ms) | of which generated code (ms) |"
                + " of which processor (ms) | declarations alone/entity (ms) | nothing to process: added (ms) |"
                + " JPA plain (ms) | JPA + hibernate-processor (ms) | hibernate added/entity (ms) | lines/entity |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int n : sizes) {
            Path jw = work.resolve("jw" + n);
            Path plain = work.resolve("plain" + n);
            Path jpa = work.resolve("jpa" + n);
            ModelSource.write(jw.resolve("src"), n, ModelSource.Flavour.JOINWRIGHT);
            ModelSource.write(plain.resolve("src"), n, ModelSource.Flavour.PLAIN);
            ModelSource.write(jpa.resolve("src"), n, ModelSource.Flavour.JPA);
            long jwNone = best(jw, runtime, null);
            long jwProc;
            try {
                String jfr = System.getProperty("jw.compile.jfr");
                if (jfr != null) {
                    Files.createDirectories(Path.of(jfr));
                    run(jw, runtime, processor, List.of("-J-XX:StartFlightRecording=filename="
                            + Path.of(jfr, "javac-" + n + ".jfr").toAbsolutePath() + ",settings=profile"));
                }
                jwProc = best(jw, runtime, processor);
            } catch (IllegalStateException e) {
                // Reported, not hidden: the row says what javac said about the generated code.
                String error = e.getMessage().lines().filter(l -> l.contains("error:")).findFirst().orElse("javac failed");
                md.append(String.format(Locale.ROOT, "| %d | %d | **javac failed** with the processor: `%s` |"
                        + " | | | | | | | | |%n", n, jwNone, error.substring(error.indexOf("gen-src/") + 8).trim()));
                Files.writeString(results.resolve("compile.md"), md.toString());
                continue;
            }
            long lines = generatedLines(jw.resolve("gen-src"));
            // The generated sources (left by the last run) compiled with the model, no processor.
            Path generated = withModel(work.resolve("generated" + n), jw);
            copyTree(jw.resolve("gen-src"), generated.resolve("src"));
            long genNone = best(generated, runtime, null);
            // The same sources cut to their declarations (Declarations): the generated API's floor.
            Path declared = withModel(work.resolve("declarations" + n), jw);
            Declarations.copy(jw.resolve("gen-src"), declared.resolve("src"));
            long declNone = best(declared, runtime, null);
            long plainNone = best(plain, runtime, null);
            long plainProc = best(plain, runtime, processor);
            long jpaNone = best(jpa, jpaApi, null);
            long jpaProc = best(jpa, jpaApi, hibernateProcessor);
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %d | %d | %.2f | %d | %d | %d | %.2f | %.0f |%n", n,
                    jwNone, jwProc, (jwProc - jwNone) / (double) n, genNone - jwNone, jwProc - genNone,
                    (declNone - jwNone) / (double) n,
                    plainProc - plainNone, jpaNone, jpaProc, (jpaProc - jpaNone) / (double) n, lines / (double) n));
            System.out.println("[compile] " + n + " entities done");
            Files.writeString(results.resolve("compile.md"), md.toString());
        }
        Files.writeString(results.resolve("compile.md"), md.toString());
    }

    /** Milliseconds of the fastest of {@link #RUNS} javac runs (the first JVM warms the file cache). */
    private static long best(Path project, String classpath, String processorPath) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            best = Math.min(best, run(project, classpath, processorPath, List.of()));
        }
        return best;
    }

    /** One javac run in a fresh JVM on every source under {@code project/src}; its milliseconds. */
    static long run(Path project, String classpath, String processorPath, List<String> extra) throws Exception {
        Path out = project.resolve("classes");
        Path gen = project.resolve("gen-src");
        clean(out);
        clean(gen);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-nowarn", "-d", out.toString(), "-s", gen.toString(), "-cp", classpath));
        cmd.addAll(extra);
        if (processorPath == null) {
            cmd.add("-proc:none");
        } else {
            cmd.addAll(List.of("-processorpath", processorPath));
        }
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> cmd.add(f.toString()));
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("javac failed in " + project + ":\n" + output);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A project {@code dir} whose {@code src} holds a fresh copy of {@code jw}'s model, and nothing else yet. */
    private static Path withModel(Path dir, Path jw) throws IOException {
        clean(dir.resolve("src"));
        copyTree(jw.resolve("src"), dir.resolve("src"));
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long generatedLines(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long lines = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                lines += Files.readAllLines(f).size();
            }
        }
        return lines;
    }

    private static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }
}
