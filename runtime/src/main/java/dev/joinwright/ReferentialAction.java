package dev.joinwright;

/**
 * What the database does to referencing rows when the referenced row is deleted or its key is
 * updated. Emitted as declared in the {@code ON DELETE} / {@code ON UPDATE} clause.
 */
public enum ReferentialAction {
    /** Reject the change if referencing rows exist (checked at the end of the statement). */
    NO_ACTION,
    /** Reject the change if referencing rows exist (checked at once). */
    RESTRICT,
    /** Delete (or update) the referencing rows too. */
    CASCADE,
    /** Set the referencing column to {@code NULL}; the column must be {@code @Nullable}. */
    SET_NULL,
    /** Set the referencing column to its default value. */
    SET_DEFAULT
}
