package dev.joinwright.bench;

/**
 * The answer every implementation must agree on, as one number: a sum of one mixed hash per entity
 * and per link, so that the order in which a peer returns rows or children does not matter but a
 * wrong row, a wrong column or a missing child does. Cheap enough (no string hashing) to be computed
 * inside the measured code by every implementation alike.
 */
public final class Checksum {
    private Checksum() {}

    public static long book(long id, String title, int pages, long authorId, long publisherId) {
        return mix(id * 0x9E3779B97F4A7C15L ^ title.length() * 31L ^ (long) pages << 20
                ^ authorId << 40 ^ publisherId << 52);
    }

    public static long author(long id, String name, String country, int born) {
        return mix(~id * 0xC2B2AE3D27D4EB4FL ^ name.length() ^ (long) country.length() << 12 ^ (long) born << 24);
    }

    public static long publisher(long id, String name) {
        return mix(id * 0x165667B19E3779F9L ^ (long) name.length() << 32);
    }

    public static long tag(long id, String name) {
        return mix(id * 0x27D4EB2F165667C5L ^ (long) name.length() << 40);
    }

    public static long review(long id, long bookId, int stars, String body) {
        return mix(id * 0x4CF5AD432745937FL ^ bookId << 24 ^ (long) stars << 56 ^ body.length());
    }

    /** One row of a grouped projection: a key and two aggregates. */
    public static long stats(long id, String name, long count, long sum) {
        return mix(id * 0x61C8864680B583EBL ^ (long) name.length() << 8 ^ count << 20 ^ sum << 36);
    }

    /** A parent→child edge of a to-many relationship (author→book, book→tag). */
    public static long link(long parent, long child) {
        return mix(parent * 0x85EBCA77C2B2AE63L + child);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
