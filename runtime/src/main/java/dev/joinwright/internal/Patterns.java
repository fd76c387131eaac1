package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.util.Locale;

/**
 * The values that derived queries bind for pattern operators ({@code StartingWith},
 * {@code EndingWith}, {@code Containing}, {@code Like}). Internal: for generated code only.
 *
 * <p>An escaped literal has {@code %}, {@code _} and the escape character {@code !} escaped with
 * {@code !}, for {@code LIKE ? ESCAPE '!'}. SQLite's {@code LIKE} ignores the case of ASCII
 * letters, so its case-sensitive matches are {@code GLOB}s: the pattern is then written in GLOB's
 * syntax ({@code *} and {@code ?} as wildcards, {@code [*]}, {@code [?]} and {@code [[]} for the
 * literal characters).
 */
public final class Patterns {
    /** Patterns for {@code LIKE}: every dialect's case-insensitive matches, and all but SQLite's others. */
    public static final Patterns LIKE = new Patterns(false);
    private static final Patterns GLOB = new Patterns(true);
    private static final char ESCAPE = '!';

    private final boolean glob;

    private Patterns(boolean glob) {
        this.glob = glob;
    }

    /** The patterns of a dialect's case-sensitive matches. */
    public static Patterns caseSensitive(Dialect dialect) {
        return dialect == Dialect.SQLITE ? GLOB : LIKE;
    }

    public String startingWith(String value) {
        return value == null ? null : literal(value) + any();
    }

    public String endingWith(String value) {
        return value == null ? null : any() + literal(value);
    }

    public String containing(String value) {
        return value == null ? null : any() + literal(value) + any();
    }

    /** A user's LIKE pattern ({@code %} and {@code _} as wildcards), in this syntax. */
    public String like(String pattern) {
        if (pattern == null || !glob) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '%' -> out.append('*');
                case '_' -> out.append('?');
                case '*', '?', '[' -> out.append('[').append(c).append(']');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A string compared ignoring case, lower-cased as {@code LOWER(?)} does for ASCII letters. */
    public static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private String any() {
        return glob ? "*" : "%";
    }

    private String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (glob) {
                if (c == '*' || c == '?' || c == '[') {
                    out.append('[').append(c).append(']');
                } else {
                    out.append(c);
                }
            } else {
                if (c == '%' || c == '_' || c == ESCAPE) {
                    out.append(ESCAPE);
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
