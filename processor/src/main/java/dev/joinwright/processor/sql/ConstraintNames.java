package dev.joinwright.processor.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out constraint and index names that are deterministic, fit every dialect, and are unique
 * across the schema, table names included (PostgreSQL indexes share the tables' namespace).
 *
 * <p>A name is {@code <prefix>_<table>[_<column>]}. One longer than {@value #MAX_BYTES} UTF-8
 * bytes (PostgreSQL silently truncates past 63, MySQL rejects past 64) keeps as much of its start
 * as fits and ends in {@code _} and eight hex digits of the SHA-256 of the full name. A name that
 * is taken (case-insensitively) gets {@code _2}, {@code _3}, ... — names are handed out in a
 * deterministic order, so the same model always gets the same names.
 */
final class ConstraintNames {
    /** The tightest identifier limit of the supported dialects (PostgreSQL). */
    static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;

    private final Set<String> taken = new HashSet<>();

    /** Reserves a name chosen by the user, such as a table's. */
    void reserve(String name) {
        taken.add(key(name));
    }

    /** A new unique name for {@code prefix_parts...}. */
    String allocate(String prefix, String... parts) {
        String base = shorten(prefix + "_" + String.join("_", parts));
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            name = shorten(base + "_" + n);
        }
        taken.add(key(name));
        return name;
    }

    /** The name itself if it fits, else its longest fitting start plus a hash of all of it. */
    static String shorten(String name) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        String suffix = "_" + hash(name);
        int budget = MAX_BYTES - suffix.length();
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (bytes(start.toString()) + bytes(next) > budget) {
                break;
            }
            start.append(next);
            i += Character.charCount(codePoint);
        }
        return start + suffix;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
