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
 * model with nothing to process. Writes {@code compile.md} into the results directory.
 *
 * <p>Usage: {@code CompileBenchmark <results dir> <joinwright-processor.jar> <joinwright-runtime.jar>
 * <hibernate-processor classpath> <jakarta.persistence-api.jar> [sizes]}
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
                + " Hibernate's metamodel generator; *lines/entity*: generated Java lines per entity.\n\n");
        md.append("| N | plain (ms) | joinwright (ms) | added/entity (ms) | nothing to process: added (ms) |"
                + " JPA plain (ms) | JPA + hibernate-processor (ms) | hibernate added/entity (ms) | lines/entity |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
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
                jwProc = best(jw, runtime, processor);
            } catch (IllegalStateException e) {
                // Reported, not hidden: the row says what javac said about the generated code.
                String error = e.getMessage().lines().filter(l -> l.contains("error:")).findFirst().orElse("javac failed");
                md.append(String.format(Locale.ROOT, "| %d | %d | **javac failed** with the processor: `%s` |"
                        + " | | | | | |%n", n, jwNone, error.substring(error.indexOf("gen-src/") + 8).trim()));
                Files.writeString(results.resolve("compile.md"), md.toString());
                continue;
            }
            long lines = generatedLines(jw.resolve("gen-src"));
            long plainNone = best(plain, runtime, null);
            long plainProc = best(plain, runtime, processor);
            long jpaNone = best(jpa, jpaApi, null);
            long jpaProc = best(jpa, jpaApi, hibernateProcessor);
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %d | %d | %d | %.2f | %.0f |%n", n, jwNone,
                    jwProc, (jwProc - jwNone) / (double) n, plainProc - plainNone, jpaNone, jpaProc,
                    (jpaProc - jpaNone) / (double) n, lines / (double) n));
            System.out.println("[compile] " + n + " entities done");
            Files.writeString(results.resolve("compile.md"), md.toString());
        }
        Files.writeString(results.resolve("compile.md"), md.toString());
    }

    /** Milliseconds of the fastest of {@link #RUNS} javac runs (the first JVM warms the file cache). */
    private static long best(Path project, String classpath, String processorPath) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            Path out = project.resolve("classes");
            Path gen = project.resolve("gen-src");
            clean(out);
            clean(gen);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                    "--release", "17", "-nowarn", "-d", out.toString(), "-s", gen.toString(), "-cp", classpath));
            if (processorPath == null) {
                cmd.add("-proc:none");
            } else {
                cmd.addAll(List.of("-processorpath", processorPath));
            }
            try (Stream<Path> files = Files.list(project.resolve("src").resolve("gen"))) {
                files.forEach(f -> cmd.add(f.toString()));
            }
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("javac failed in " + project + ":\n" + output);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
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
