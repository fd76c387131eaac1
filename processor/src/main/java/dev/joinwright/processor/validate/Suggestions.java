package dev.joinwright.processor.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" hints: the closest candidate by edit distance, and lists of candidates. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * A fix for a mistyped name: {@code Did you mean "x"? Available <what>: a, b}, or just the
     * list when nothing is close, or {@code <none>} when there is nothing to list.
     */
    public static String hint(String mistyped, Collection<String> candidates, String what, String none) {
        if (candidates.isEmpty()) {
            return none;
        }
        String list = "available " + what + ": " + String.join(", ", candidates);
        return closest(mistyped, candidates).map(c -> "Did you mean \"" + c + "\"? " + capitalized(list)).orElse(list);
    }

    /** The candidate closest to {@code name}, if one is close enough to be a typo. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, name.length() / 3);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= threshold)
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
