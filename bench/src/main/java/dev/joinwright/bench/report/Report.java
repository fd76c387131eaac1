package dev.joinwright.bench.report;

import dev.joinwright.bench.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Writes {@code BENCHMARKS.md} and the ratio chart from a results directory holding JMH's
 * {@code jmh.csv} (with {@code -prof gc}), the checks' {@code checks.csv} and, when present, the
 * compile-time benchmark's {@code compile.md}.
 *
 * <p>Usage: {@code Report <results dir> <BENCHMARKS.md> <chart.svg> <chart link from the md>}
 */
public final class Report {
    static final List<String> LIBRARIES = dev.joinwright.bench.Libraries.NAMES;
    static final List<String> DATABASES = List.of("h2", "postgresql");
    private static final List<String> TO_MANY =
            List.of("authorWithBooks", "authorsWithBooks", "booksWithTags", "authorsBooksTags");

    private final Map<String, Result> results = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Report report = new Report();
        report.read(dir);
        Map<String, Map<String, Double>> ratios = report.ratios();
        List<String> groups = new ArrayList<>(ratios.keySet());
        Files.writeString(Path.of(args[2]), Chart.svg(groups, LIBRARIES.subList(1, LIBRARIES.size()), ratios));
        Files.writeString(Path.of(args[1]), report.markdown(dir, args[3]), StandardCharsets.UTF_8);
    }

    private static String key(String workload, String database, String library) {
        return workload + "/" + database + "/" + library;
    }

    void read(Path dir) throws IOException {
        Map<String, Double> alloc = new LinkedHashMap<>();
        Map<String, Double> time = new LinkedHashMap<>();
        Map<String, Double> error = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("jmh.csv"))) {
            String[] f = line.replace("\"", "").split(",");
            if (f.length < 9 || f[0].equals("Benchmark")) {
                continue;
            }
            String name = f[0].contains(":") ? f[0].substring(0, f[0].indexOf(':')) : f[0];
            String workload = name.substring(name.lastIndexOf('.') + 1);
            String bench = workload + f[0].substring(name.length());
            String k = key(workload, f[f.length - 2], f[f.length - 1]);
            if (bench.endsWith(":gc.alloc.rate.norm")) {
                alloc.put(k, Double.parseDouble(f[4]));
            } else if (!bench.contains(":")) {
                time.put(k, Double.parseDouble(f[4]));
                error.put(k, Double.parseDouble(f[5]));
            }
        }
        Map<String, Integer> statements = new LinkedHashMap<>();
        Path checks = dir.resolve("checks.csv");
        if (Files.exists(checks)) {
            for (String line : Files.readAllLines(checks)) {
                String[] f = line.split(",");
                statements.put(key(f[0], f[1], f[2]), Integer.parseInt(f[4]));
            }
        }
        for (Map.Entry<String, Double> e : time.entrySet()) {
            String[] k = e.getKey().split("/");
            results.put(e.getKey(), new Result(k[0], k[1], k[2], e.getValue(), error.getOrDefault(e.getKey(), Double.NaN),
                    alloc.getOrDefault(e.getKey(), Double.NaN), statements.getOrDefault(e.getKey(), -1)));
        }
    }

    Result get(String workload, String database, String library) {
        return results.get(key(workload, database, library));
    }

    /** Group "workload (db)" → library → time relative to hand-written JDBC. */
    Map<String, Map<String, Double>> ratios() {
        Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();
        for (String db : DATABASES) {
            for (Workload w : Workload.values()) {
                Result jdbc = get(w.name(), db, "jdbc");
                if (jdbc == null) {
                    continue;
                }
                Map<String, Double> row = new LinkedHashMap<>();
                for (String lib : LIBRARIES) {
                    Result r = get(w.name(), db, lib);
                    if (r != null && !lib.equals("jdbc")) {
                        row.put(lib, r.microsPerOp() / jdbc.microsPerOp());
                    }
                }
                ratios.put(w.name() + " (" + db + ")", row);
            }
        }
        return ratios;
    }

    private String profileText;

    private String markdown(Path dir, String chartLink) throws IOException {
        profileText = profile(dir);
        md.append("# Benchmarks\n\n");
        String profile = profile(dir);
        md.append("Joinwright's generated DAOs against hand-written JDBC, Hibernate ORM, jOOQ, Jdbi, Micronaut Data JDBC"
                + " and Spring Data JDBC. Generated by `bench/run.sh` (sources in `bench/`) with the JMH profile "
                + profile.lines().findFirst().orElse("?").replaceAll("\\.$", "") + ", on the machine below. ");
        boolean errors = results.values().stream().anyMatch(Result::hasError);
        md.append(errors ? "Every time carries JMH's error bar, and a difference inside it is marked as a tie.\n\n"
                : "**This profile gives no error bars** (too few iterations for JMH to compute one): read differences"
                        + " under ~20 % as noise, and take figures to act on from `PROFILE=full`.\n\n");
        machine();
        md.append("\n![Time relative to hand-written JDBC](").append(chartLink).append(")\n\n");
        method(profileText);
        for (String db : DATABASES) {
            table(db);
        }
        speedups();
        targets();
        Path compile = dir.resolve("compile.md");
        if (Files.exists(compile)) {
            md.append(Files.readString(compile)).append('\n');
        }
        Path startup = dir.resolve("startup.md");
        if (Files.exists(startup)) {
            md.append(Files.readString(startup)).append('\n');
        } else {
            md.append("## Start-up\n\nNot measured in this run.\n\n");
        }
        Path notes = dir.resolve("notes.md");
        if (Files.exists(notes)) {
            md.append(Files.readString(notes)).append('\n');
        }
        notApplicable();
        Path method = dir.resolve("method.md");
        if (Files.exists(method)) {
            md.append(Files.readString(method)).append('\n');
        }
        return md.toString();
    }

    /** The empty cells and why, from the same table the benchmarks consult. */
    private void notApplicable() {
        StringBuilder rows = new StringBuilder();
        for (String lib : LIBRARIES) {
            for (Workload w : Workload.values()) {
                dev.joinwright.bench.Libraries.notApplicable(lib, w).ifPresent(why -> rows.append("| ").append(lib)
                        .append(" | ").append(w.name()).append(" | ").append(why).append(" |\n"));
            }
        }
        if (!rows.isEmpty()) {
            md.append("## Empty cells\n\n| library | workload | why |\n|---|---|---|\n").append(rows).append('\n');
        }
    }

    private void machine() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = Report.class.getResourceAsStream("/bench-versions.properties")) {
            versions.load(in);
        }
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        }
        md.append("## Machine and versions\n\n");
        md.append("| | |\n| --- | --- |\n");
        md.append("| CPU | ").append(cpu).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append(" |\n");
        md.append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n");
        md.append("| PostgreSQL server | ").append(postgresVersion()).append(" (127.0.0.1, schema `jw_bench`) |\n");
        for (String name : List.of("jmh", "hibernate", "jooq", "jdbi", "micronaut-platform", "micronaut-data",
                "spring-data-jdbc", "spring-framework", "hikari", "h2", "postgresql-jdbc")) {
            md.append("| ").append(name).append(" | ").append(versions.getProperty(name)).append(" |\n");
        }
    }

    private static String postgresVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    /** What run.sh wrote about the JMH profile it ran: its name, then its options per group of workloads. */
    private static String profile(Path dir) {
        try {
            Path file = dir.resolve("profile.txt");
            return Files.exists(file) ? Files.readString(file).trim() : "(not recorded)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private void method(String profile) {
        md.append("## What runs\n\n");
        md.append("Model: 1,000 authors × 5 books, 20 publishers, 50 tags, 3 tags per book (`book_tag`). Every"
                + " implementation takes connections from HikariCP (pool of 4), except hand-written JDBC, which holds"
                + " one connection and reuses its prepared statements (the physical limit). Before measuring, each"
                + " benchmark replays three calls on hand-written JDBC and on the library under test and fails unless"
                + " the checksums agree; the statements of one call are counted (column *stmts*).\n\n");
        md.append("- **jdbc**: one JOIN per graph, paged in a derived table, columns by index.\n"
                + "- **joinwright**: the generated DAOs: `findById`, `findPage`, batched navigation"
                + " (`books.author(page)`, `authors.books(page)`, `books.tags(page)`), `findById(id, Fetch.BOOKS)`,"
                + " `insert`, `insertAll`, `update`.\n"
                + "- **hibernate**: best practice: `StatelessSession`, one JOIN FETCH query per graph (to-many: a page"
                + " of keys, then JOIN FETCH by key), JDBC batch size 100.\n"
                + "- **hibernate-lazy**: `Session`, query the roots, navigate LAZY associations (N+1).\n"
                + "- **hibernate-batch**: the same with `hibernate.default_batch_fetch_size=100`.\n"
                + "- **jooq**: typed queries over table/field constants, `Records.mapping`, to-many as one query per"
                + " level with `fetchGroups`, execute logging off.\n"
                + "- **jdbi**: on-demand SqlObject, `RowMapper`s by column index, graphs by one JOIN +"
                + " `@UseRowReducer`, `@SqlBatch` with `@GetGeneratedKeys`.\n"
                + "- **micronaut-data**: Micronaut Data JDBC, repositories generated at compile time"
                + " (`@JdbcRepository` with the database's `Dialect`), `@MappedEntity` beans, every graph one statement"
                + " with `@Join` (a page of roots with a to-many join: Micronaut pages the keys in a subquery),"
                + " `save`/`saveAll`/`update`, autocommit outside transactions.\n"
                + "- **spring-data**: Spring Data JDBC, one aggregate per table referencing the others by key (its DDD"
                + " model), `ListCrudRepository` plus derived finders per level (`findAllById`, `findByAuthorIdIn`,"
                + " `findAllBy(Pageable)` without a count query), the many-to-many through one `@Query` into a record"
                + " (Spring Data JDBC maps no association between aggregates); its repositories' own `@Transactional`"
                + " (reads `BEGIN READ ONLY` … `COMMIT`).\n\n");
        md.append("JMH (average time, `-prof gc` for bytes allocated per operation), profile ").append(profile)
                .append("\n\n");
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void table(String db) {
        md.append("## ").append(db.equals("h2") ? "H2 (in memory)" : "PostgreSQL").append("\n\n");
        md.append("µs/op ± JMH's score error (99.9 % confidence interval), then (× hand-written JDBC; **≈** when the two"
                + " intervals overlap: a tie within noise); allocation in KB/op (× JDBC); stmts per call. An empty cell:"
                + " the library does not run that workload (see *Notes on the peers*).\n\n");
        md.append("| workload |");
        for (String lib : LIBRARIES) {
            md.append(' ').append(lib).append(" |");
        }
        md.append("\n|---|");
        md.append("---|".repeat(LIBRARIES.size())).append('\n');
        for (Workload w : Workload.values()) {
            Result jdbc = get(w.name(), db, "jdbc");
            if (jdbc == null) {
                continue;
            }
            md.append("| ").append(w.name()).append(" |");
            for (String lib : LIBRARIES) {
                Result r = get(w.name(), db, lib);
                if (r == null) {
                    md.append(" |");
                    continue;
                }
                md.append(' ').append(num(r.microsPerOp()));
                if (r.hasError()) {
                    md.append(" ± ").append(num(r.errorMicros()));
                }
                if (!lib.equals("jdbc")) {
                    md.append(" (").append(num(r.microsPerOp() / jdbc.microsPerOp())).append('×')
                            .append(r.tiesWith(jdbc) ? " ≈" : "").append(')');
                }
                md.append("<br>").append(num(r.bytesPerOp() / 1024)).append(" KB");
                if (!lib.equals("jdbc")) {
                    md.append(" (").append(num(r.bytesPerOp() / jdbc.bytesPerOp())).append("×)");
                }
                md.append("<br>").append(r.statements()).append(" stmts |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void speedups() {
        md.append("## Joinwright's speed-up over each peer\n\n");
        md.append("Peer's time ÷ Joinwright's time (> 1: Joinwright is faster); *tie* when the two confidence intervals"
                + " overlap, whatever the ratio.\n\n");
        md.append("| workload | db |");
        for (String lib : LIBRARIES) {
            if (!lib.equals("joinwright")) {
                md.append(' ').append(lib).append(" |");
            }
        }
        md.append("\n|---|---|").append("---|".repeat(LIBRARIES.size() - 1)).append('\n');
        for (String db : DATABASES) {
            for (Workload w : Workload.values()) {
                Result jw = get(w.name(), db, "joinwright");
                if (jw == null) {
                    continue;
                }
                md.append("| ").append(w.name()).append(" | ").append(db).append(" |");
                for (String lib : LIBRARIES) {
                    if (lib.equals("joinwright")) {
                        continue;
                    }
                    Result r = get(w.name(), db, lib);
                    md.append(' ').append(r == null ? "" : num(r.microsPerOp() / jw.microsPerOp())
                            + (r.tiesWith(jw) ? " (tie)" : "")).append(" |");
                }
                md.append('\n');
            }
        }
        md.append('\n');
    }

    private void targets() {
        md.append("## Targets (from this one run)\n\n");
        md.append("A ratio is read from the two scores; *within noise*: the target ratio lies inside what the two"
                + " confidence intervals allow; *tie*: the intervals overlap, so \"faster\" (or slower) is not shown; a"
                + " \"faster than\" miss without a mark is slower with the intervals apart.\n\n");
        md.append("| target | result | misses |\n|---|---|---|\n");
        check("time ≤ 1.10× JDBC on H2", "h2", List.of(Workload.values()), "jdbc", 1 / 1.10, false);
        check("time ≤ 1.05× JDBC on PostgreSQL", "postgresql", List.of(Workload.values()), "jdbc", 1 / 1.05, false);
        for (String db : DATABASES) {
            check("streaming 100,000 rows ≤ 1.2× a JDBC cursor (" + db + ")", db, List.of(Workload.stream100k),
                    "jdbc", 1 / 1.2, false);
        }
        allocation();
        check("≥ 3× faster than Hibernate best practice on H2, reads", "h2", reads(), "hibernate", 3, false);
        check("≥ 1.5× faster than Hibernate best practice on PostgreSQL, to-many graphs", "postgresql",
                TO_MANY.stream().map(Workload::valueOf).toList(), "hibernate", 1.5, false);
        check("≥ 10× faster than lazy Hibernate on PostgreSQL, 100 authors with books", "postgresql",
                List.of(Workload.authorsWithBooks), "hibernate-lazy", 10, false);
        for (String peer : List.of("micronaut-data", "spring-data", "jooq", "jdbi")) {
            for (String db : DATABASES) {
                check("faster than " + peer + " on every workload (" + db + ")", db, List.of(Workload.values()), peer,
                        1, true);
            }
        }
        md.append('\n');
    }

    private static List<Workload> reads() {
        return java.util.Arrays.stream(Workload.values()).filter(Workload::isRead).toList();
    }

    /** Pass when peer time ÷ Joinwright time ≥ {@code min} (strictly greater when {@code strict}). */
    private void check(String target, String db, List<Workload> workloads, String peer, double min, boolean strict) {
        List<String> misses = new ArrayList<>();
        int seen = 0;
        for (Workload w : workloads) {
            Result jw = get(w.name(), db, "joinwright");
            Result p = get(w.name(), db, peer);
            if (jw == null || p == null) {
                continue;
            }
            seen++;
            double speedup = p.microsPerOp() / jw.microsPerOp();
            if (strict ? speedup <= min : speedup < min) {
                // A miss whose ratio is within the two scores' noise is marked as such: it is neither met nor
                // clearly missed. (For "faster than", a tie is a miss: faster must be outside the noise.)
                // For "faster than", a slower score whose interval overlaps the peer's is a tie too, and says so:
                // only a miss without a mark is slower with the intervals apart.
                String noise = min == 1 ? (p.tiesWith(jw) ? " (tie)" : "")
                        : withinNoise(jw, p, min) ? " (within noise)" : "";
                misses.add(w.name() + " " + (peer.equals("jdbc")
                        ? num(jw.microsPerOp() / p.microsPerOp()) + "× JDBC"
                        : num(speedup) + "×") + noise);
            } else if (min == 1 && strict && p.tiesWith(jw)) {
                misses.add(w.name() + " " + num(speedup) + "× (tie)");
            }
        }
        md.append("| ").append(target).append(" | ")
                .append(seen == 0 ? "not measured" : misses.isEmpty() ? "**met**" : "missed " + misses.size() + "/" + seen)
                .append(" | ").append(String.join(", ", misses)).append(" |\n");
    }

    /**
     * Whether the target ratio {@code min} (peer ÷ Joinwright) lies inside the range of ratios the two
     * confidence intervals allow.
     */
    private static boolean withinNoise(Result jw, Result peer, double min) {
        if (!jw.hasError() || !peer.hasError()) {
            return false;
        }
        double best = peer.high() / Math.max(jw.low(), 1e-9);
        return best >= min;
    }

    private void allocation() {
        List<String> misses = new ArrayList<>();
        for (String db : DATABASES) {
            for (Workload w : Workload.values()) {
                Result jw = get(w.name(), db, "joinwright");
                Result jdbc = get(w.name(), db, "jdbc");
                if (jw != null && jdbc != null && !(jw.bytesPerOp() <= 1.25 * jdbc.bytesPerOp())) {
                    misses.add(w.name() + " (" + db + ") " + num(jw.bytesPerOp() / jdbc.bytesPerOp()) + "×");
                }
            }
        }
        md.append("| bytes allocated ≤ 1.25× JDBC | ").append(misses.isEmpty() ? "**met**" : "missed " + misses.size())
                .append(" | ").append(String.join(", ", misses)).append(" |\n");
    }
}
