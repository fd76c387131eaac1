package dev.joinwright.bench.compile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where javac's time goes, from a Flight Recorder profile of one javac run with the processor
 * ({@link CompileBenchmark} with {@code -Djw.compile.jfr}): the execution samples split into the
 * processor's (any frame in {@code dev.joinwright.processor}) and javac's by compiler phase (the
 * {@code JavaCompiler} method nearest the sampled frame), then the processor's hottest methods,
 * inclusive and self, and what it spends in JavaPoet and in javac's own model (Elements, Types).
 *
 * <p>Usage: {@code JfrTop <javac.jfr> [top, default 15]}
 */
public final class JfrTop {
    private static final String PROCESSOR = "dev.joinwright.processor.";

    private JfrTop() {}

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> split = new LinkedHashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inside = new HashMap<>();
        int total = 0;
        int processor = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            total++;
            boolean inProcessor = false;
            String phase = null;
            Set<String> seen = new HashSet<>();
            String firstProcessorFrame = null;
            for (RecordedFrame f : frames) {
                String m = name(f.getMethod());
                if (m.startsWith(PROCESSOR)) {
                    inProcessor = true;
                    if (firstProcessorFrame == null) {
                        firstProcessorFrame = m;
                    }
                    if (seen.add(m)) {
                        inclusive.merge(m, 1, Integer::sum);
                    }
                } else if (phase == null && m.startsWith("com.sun.tools.javac.main.JavaCompiler.")) {
                    phase = m.substring("com.sun.tools.javac.main.".length());
                }
            }
            if (inProcessor) {
                processor++;
                String leaf = frames.isEmpty() ? "?" : name(frames.get(0).getMethod());
                self.merge(leaf, 1, Integer::sum);
                String where = leaf.startsWith(PROCESSOR) ? "the processor's own code"
                        : leaf.startsWith("com.palantir.javapoet.") ? "JavaPoet (writing sources)"
                        : leaf.startsWith("com.sun.tools.javac.") ? "javac's model (Elements, Types, Filer)"
                        : leaf.startsWith("java.") || leaf.startsWith("jdk.") ? "JDK (strings, collections, I/O)"
                        : "other";
                inside.merge(where, 1, Integer::sum);
                split.merge("processor (any frame in dev.joinwright.processor)", 1, Integer::sum);
            } else {
                split.merge("javac " + (phase == null ? "(outside JavaCompiler: start-up, file manager, JIT'd helpers)" : phase),
                        1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples%n%nSplit:%n", total);
        print(split, total, 30);
        System.out.printf(Locale.ROOT, "%nInside the processor's samples (%d), by the sampled frame:%n", processor);
        print(inside, processor, 10);
        System.out.printf(Locale.ROOT, "%nProcessor methods, inclusive (share of all samples):%n");
        print(inclusive, total, top);
        System.out.printf(Locale.ROOT, "%nSampled frames within the processor's samples, self (share of all samples):%n");
        print(self, total, top);
    }

    private static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    private static void print(Map<String, Integer> counts, int of, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / of,
                        e.getValue(), e.getKey()));
    }
}
