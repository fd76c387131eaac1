package dev.joinwright;

/**
 * A page of a query's rows: skip {@code offset} rows, then return at most {@code limit}. A trailing
 * parameter of a derived {@code find…By} query ({@code List<Student> findByStatus(Status s, Page page)});
 * the query's order ends with the entity's key, so consecutive pages neither repeat nor skip rows
 * of an unchanged table.
 *
 * @param offset the rows to skip, at least 0
 * @param limit the most rows to return, at least 0
 */
public record Page(long offset, int limit) {
    public Page {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }

    /** The first {@code limit} rows. */
    public static Page first(int limit) {
        return new Page(0, limit);
    }

    /** Page {@code number} (from 0) of pages of {@code size} rows. */
    public static Page of(int number, int size) {
        if (number < 0) {
            throw new IllegalArgumentException("page number must not be negative: " + number);
        }
        return new Page((long) number * size, size);
    }

    /** The page after this one. */
    public Page next() {
        return new Page(offset + limit, limit);
    }
}
