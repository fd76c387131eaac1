package dev.joinwright.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints, one line per library, the {@code QueryBenchmark} workloads it runs as a JMH include regex and
 * the library, separated by a tab, leaving out what {@link Libraries#notApplicable} excludes. Used by
 * {@code bench/run.sh}.
 */
public final class Plan {
    private Plan() {}

    public static void main(String[] args) {
        for (String library : Libraries.QUERY_NAMES) {
            List<String> names = new ArrayList<>();
            for (Workload w : Workload.values()) {
                if (w.isQuery() && Libraries.notApplicable(library, w).isEmpty()) {
                    names.add(w.name());
                }
            }
            if (!names.isEmpty()) {
                System.out.println("QueryBenchmark\\.(" + String.join("|", names) + ")$\t" + library);
            }
        }
    }
}
