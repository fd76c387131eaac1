package dev.joinwright;

import java.util.List;

/**
 * A keyset page ("seek"): the rows after a given row in a derived query's order, at most
 * {@code limit} of them. A trailing parameter of a {@code find…By} whose {@code OrderBy} ends in a
 * unique column ({@code findByStatusOrderByLastNameAscIdAsc(Status s, Keyset<Student> page)}).
 * Unlike an offset, the database does not read the skipped rows, and a row inserted or deleted
 * before the position does not shift the next page.
 *
 * <pre>{@code
 * Keyset<Student> page = Keyset.first(100);
 * for (List<Student> rows; !(rows = queries.findByStatusOrderByIdAsc(ENROLLED, page)).isEmpty(); ) {
 *     ...
 *     page = page.next(rows);
 * }
 * }</pre>
 *
 * @param <E> the entity
 */
public final class Keyset<E> {
    private final E after;
    private final int limit;

    private Keyset(E after, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.after = after;
        this.limit = limit;
    }

    /** The first {@code limit} rows. */
    public static <E> Keyset<E> first(int limit) {
        return new Keyset<>(null, limit);
    }

    /** The {@code limit} rows that follow {@code row} in the query's order. */
    public static <E> Keyset<E> after(E row, int limit) {
        return new Keyset<>(java.util.Objects.requireNonNull(row, "row"), limit);
    }

    /** The page after {@code rows} (a page this keyset returned): after its last row, or this page again if empty. */
    public Keyset<E> next(List<? extends E> rows) {
        return rows.isEmpty() ? this : new Keyset<>(rows.get(rows.size() - 1), limit);
    }

    /** The row the page follows, or {@code null} for the first page. */
    public E after() {
        return after;
    }

    public int limit() {
        return limit;
    }
}
