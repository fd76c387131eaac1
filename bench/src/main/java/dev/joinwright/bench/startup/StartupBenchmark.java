package dev.joinwright.bench.startup;

import dev.joinwright.bench.compile.ModelSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The start-up benchmark: a fresh JVM per run on models of 10, 100 and 300 generated entities; the
 * time from launching {@code java} to the first query answered (schema created, one row inserted
 * and read back), classes loaded and heap used after a GC. Median of {@code RUNS}. Writes
 * {@code startup.md}.
 *
 * <p>Usage: {@code StartupBenchmark <results> <processor.jar> <runtime.jar> <h2.jar>
 * <hibernate classpath> [sizes]}
 */
public final class StartupBenchmark {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        String processor = args[1];
        String runtime = args[2];
        String h2 = args[3];
        String hibernate = args[4];
        int[] sizes = args.length > 5 ? Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 300};
        Path work = Files.createTempDirectory("jw-startup-bench");
        StringBuilder md = new StringBuilder("## Start-up\n\n");
        md.append("A fresh JVM per run (`java -cp …`, default flags), H2 in memory: create the schema, insert one row"
                + " and read it back by key. *ms*: from launching `java` to the answer printed, median of ").append(RUNS)
                .append(" runs; *classes*: classes loaded; *heap*: heap used after `System.gc()`. Hand-written JDBC"
                + " runs Joinwright's generated `h2.sql`; Hibernate creates the schema itself (`hbm2ddl.auto=create`)."
                + "\n\n");
        md.append("| N | JDBC ms | Joinwright ms | Hibernate ms | Joinwright − JDBC ms | Hibernate ÷ Joinwright |"
                + " classes JDBC / Joinwright / Hibernate | heap MB JDBC / Joinwright / Hibernate |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        String sep = java.io.File.pathSeparator;
        for (int n : sizes) {
            Path jw = work.resolve("jw" + n);
            Path jpa = work.resolve("jpa" + n);
            ModelSource.write(jw.resolve("src"), n, ModelSource.Flavour.JOINWRIGHT);
            StartupSources.joinwright(jw.resolve("src"));
            StartupSources.jdbc(jw.resolve("src"));
            ModelSource.write(jpa.resolve("src"), n, ModelSource.Flavour.JPA);
            StartupSources.hibernate(jpa.resolve("src"), n);
            javac(jw, runtime, processor);
            javac(jpa, hibernate, null);
            double[] jdbc = run(jw.resolve("classes") + sep + h2, "gen.JdbcMain");
            double[] joinwright = run(jw.resolve("classes") + sep + runtime + sep + h2, "gen.JoinwrightMain");
            double[] hib = run(jpa.resolve("classes") + sep + hibernate + sep + h2, "gen.HibernateMain");
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %.1f× | %.0f / %.0f / %.0f |"
                    + " %.1f / %.1f / %.1f |%n", n, jdbc[0], joinwright[0], hib[0], joinwright[0] - jdbc[0],
                    hib[0] / joinwright[0], jdbc[1], joinwright[1], hib[1], jdbc[2] / 1048576, joinwright[2] / 1048576,
                    hib[2] / 1048576));
            System.out.println("[startup] " + n + " entities done");
        }
        Files.writeString(results.resolve("startup.md"), md.toString());
    }

    private static void javac(Path project, String classpath, String processorPath) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-nowarn", "-d", project.resolve("classes").toString(), "-cp", classpath));
        if (processorPath == null) {
            cmd.add("-proc:none");
        } else {
            cmd.addAll(List.of("-processorpath", processorPath));
        }
        try (Stream<Path> files = Files.list(project.resolve("src").resolve("gen"))) {
            files.forEach(f -> cmd.add(f.toString()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("javac failed in " + project + ":\n" + out);
        }
    }

    /** Median milliseconds to READY, then classes and heap bytes of the last run. */
    private static double[] run(String classpath, String main) throws Exception {
        double[] millis = new double[RUNS];
        double classes = 0;
        double heap = 0;
        for (int r = 0; r < RUNS; r++) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    classpath, main);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String ready = null;
            StringBuilder all = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("READY ") && ready == null) {
                        millis[r] = (System.nanoTime() - start) / 1e6;
                        ready = line;
                    }
                    all.append(line).append('\n');
                }
            }
            if (p.waitFor() != 0 || ready == null) {
                throw new IllegalStateException(main + " failed:\n" + all);
            }
            String[] f = ready.split(" ");
            classes = Double.parseDouble(f[1]);
            heap = Double.parseDouble(f[2]);
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], classes, heap};
    }
}
