package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Sizes and placeholder lists for {@code IN (?, ?, ...)} queries over many keys. Internal: for
 * generated code only.
 *
 * <p>Keys are sent in chunks whose size is a power of two no larger than the dialect's
 * {@linkplain Dialect#maxBindParameters() bind limit}; a short chunk is padded up to the next
 * power of two by repeating its last key, which does not change the result of an {@code IN}.
 * So a query runs in at most 17 distinct shapes, which keeps statement caches of the driver and
 * the server effective, and the placeholder list of each shape is built once.
 */
public final class Chunks {
    private static final int MAX_SHIFT = 16;
    private static final AtomicReferenceArray<String> PLACEHOLDERS = new AtomicReferenceArray<>(MAX_SHIFT + 1);

    private Chunks() {}

    /** The largest chunk for {@code dialect} when the statement has {@code otherParameters} too. */
    public static int maxChunk(Dialect dialect, int otherParameters) {
        int room = dialect.maxBindParameters() - otherParameters;
        if (room < 1) {
            throw new IllegalArgumentException("No room for keys beside " + otherParameters + " parameters");
        }
        return Math.min(Integer.highestOneBit(room), 1 << MAX_SHIFT);
    }

    /** The power of two a chunk of {@code size} keys is padded to. */
    public static int paddedSize(int size) {
        if (size < 1 || size > 1 << MAX_SHIFT) {
            throw new IllegalArgumentException("Chunk size out of range: " + size);
        }
        return size == 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
    }

    /**
     * {@code "?, ?, ?"} with {@code count} placeholders; cached when {@code count} is a power of
     * two up to 65,536.
     */
    public static String placeholders(int count) {
        if (Integer.bitCount(count) != 1 || count > 1 << MAX_SHIFT) {
            return build(count);
        }
        int shift = Integer.numberOfTrailingZeros(count);
        String cached = PLACEHOLDERS.get(shift);
        if (cached == null) {
            cached = build(count);
            PLACEHOLDERS.compareAndSet(shift, null, cached);
        }
        return cached;
    }

    /**
     * {@code "(?, ?), (?, ?)"}: {@code count} row values of {@code width} placeholders each, for
     * {@code (a, b) IN (...)} over composite keys.
     */
    public static String rowPlaceholders(int count, int width) {
        if (width == 1) {
            return placeholders(count);
        }
        String row = "(" + build(width) + ")";
        StringBuilder sb = new StringBuilder(count * (row.length() + 2));
        sb.append(row);
        for (int i = 1; i < count; i++) {
            sb.append(", ").append(row);
        }
        return sb.toString();
    }

    /** The largest chunk of keys of {@code width} parameters each for {@code dialect}: a power of two. */
    public static int maxRowChunk(Dialect dialect, int width) {
        return Integer.highestOneBit(Math.max(1, maxChunk(dialect, 0) / width));
    }

    private static String build(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one placeholder is needed: " + count);
        }
        StringBuilder sb = new StringBuilder(count * 3);
        sb.append('?');
        for (int i = 1; i < count; i++) {
            sb.append(", ?");
        }
        return sb.toString();
    }
}
