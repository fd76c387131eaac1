package dev.joinwright.it.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects every {@link OnAllDatabases} invocation into a scenario × database table, writes it to
 * {@code target/scenario-matrix.md} and prints it when the test plan finishes. Registered through
 * {@code META-INF/services}, so it runs under Surefire and in an IDE alike.
 *
 * <p>Cells: {@code pass}, {@code FAIL}, {@code n/a¹} (the database lacks a capability, reason in
 * the footnote), {@code skip¹} (server down, outside CI).
 */
public final class ScenarioMatrixListener implements TestExecutionListener {
    private static final List<String> COLUMNS = List.of("H2", "SQLite", "PostgreSQL", "MariaDB");
    /** Scenario → database → cell; kept across test plans of one JVM. */
    private static final Map<String, Map<String, String>> CELLS = new LinkedHashMap<>();
    private static final List<String> NOTES = new ArrayList<>();

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, "skip", reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                record(test, "pass", null);
                break;
            case ABORTED:
                String why = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
                record(test, why.startsWith("Assumption failed: n/a") || why.startsWith("n/a") ? "n/a" : "skip",
                        why.replace("Assumption failed: ", ""));
                break;
            default:
                record(test, "FAIL", result.getThrowable().map(t -> t.getClass().getSimpleName()
                        + ": " + t.getMessage()).orElse(null));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String table = render();
        if (table.isEmpty()) {
            return;
        }
        // A Surefire execution of its own names its own file, so it does not overwrite the main matrix.
        Path out = Path.of(System.getProperty("basedir", "."), "target",
                System.getProperty("joinwright.scenarioMatrix", "scenario-matrix.md"));
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println();
        System.out.println("Scenario matrix (" + out + "):");
        System.out.println(table);
    }

    private synchronized void record(TestIdentifier test, String outcome, String note) {
        if (plan == null || !test.isTest() || !COLUMNS.contains(test.getDisplayName())) {
            return;
        }
        Optional<TestIdentifier> method = plan.getParent(test);
        if (method.isEmpty()) {
            return;
        }
        String scenario = method.flatMap(plan::getParent).map(TestIdentifier::getDisplayName).orElse("?")
                + " › " + method.get().getDisplayName();
        String cell = outcome;
        if (note != null && !outcome.equals("pass")) {
            String line = note.lines().findFirst().orElse(note);
            line = line.length() > 200 ? line.substring(0, 200) + "…" : line;
            int index = NOTES.indexOf(line);
            if (index < 0) {
                NOTES.add(line);
                index = NOTES.size() - 1;
            }
            cell = outcome + " [" + (index + 1) + "]";
        }
        CELLS.computeIfAbsent(scenario, s -> new LinkedHashMap<>()).put(test.getDisplayName(), cell);
    }

    private static synchronized String render() {
        if (CELLS.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("| scenario | ").append(String.join(" | ", COLUMNS)).append(" |\n|---|");
        COLUMNS.forEach(c -> sb.append("---|"));
        sb.append('\n');
        CELLS.forEach((scenario, row) -> {
            sb.append("| ").append(scenario).append(" |");
            COLUMNS.forEach(c -> sb.append(' ').append(row.getOrDefault(c, "")).append(" |"));
            sb.append('\n');
        });
        if (!NOTES.isEmpty()) {
            sb.append('\n');
            for (int i = 0; i < NOTES.size(); i++) {
                sb.append("[").append(i + 1).append("] ").append(NOTES.get(i).replace("|", "\\|")).append('\n');
            }
        }
        return sb.toString();
    }
}
