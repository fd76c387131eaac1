package dev.joinwright.internal;

import java.util.Objects;

/**
 * One INSERT or UPDATE of a generated DAO and how the database gives back the row as it stored it
 * (a decimal rounded to its scale, a timestamp truncated, an offset normalised), chosen per dialect
 * by the processor and built once in the DAO's constructor. Internal: for generated code only.
 *
 * @param sql the statement
 * @param table the table it writes, for the names of a violation the driver does not name (see
 *     {@link SqlErrors#translate(java.sql.SQLException, dev.joinwright.Dialect, String)})
 * @param returned how the stored row comes back
 * @param columns {@link Returned#GENERATED_COLUMNS}: the columns to ask the driver for, in the
 *     order the row mapper reads them, spelled as the catalog spells them; else {@code null}
 * @param reread {@link Returned#REREAD}: the query of one row by its key (bound as parameter 1);
 *     else {@code null}
 * @param rereadAll {@link Returned#REREAD} of an INSERT with a generated key: the query of many
 *     rows by their keys, for a batch; {@code null} to read them one by one
 * @param keyColumn with {@code rereadAll}: the index of the key in the rows it reads (1-based)
 */
public record RowWrite(String sql, String table, Returned returned, String[] columns, String reread,
        KeyQuery rereadAll, int keyColumn) {
    /** How a written row comes back. */
    public enum Returned {
        /**
         * The driver returns the listed columns of the written rows as generated keys, also for a
         * batch: pgjdbc appends {@code RETURNING} to INSERT and UPDATE, H2 2.x reads them from the
         * data change. PostgreSQL and H2.
         */
        GENERATED_COLUMNS,
        /** The statement itself returns the row, {@code ... RETURNING <columns>}: SQLite 3.35+. */
        STATEMENT,
        /**
         * The statement returns nothing, so the row is read again by its key in the same
         * transaction, where the written row is locked: MySQL and MariaDB (MySQL has no
         * {@code RETURNING}, and one dialect serves both).
         */
        REREAD
    }

    public RowWrite {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(returned, "returned");
        if ((returned == Returned.GENERATED_COLUMNS) != (columns != null)
                || (returned == Returned.REREAD) != (reread != null)) {
            throw new IllegalArgumentException("columns go with GENERATED_COLUMNS, reread with REREAD: " + returned);
        }
    }

    /** The driver returns {@code columns} of the written rows. */
    public static RowWrite generatedColumns(String sql, String table, String... columns) {
        return new RowWrite(sql, table, Returned.GENERATED_COLUMNS, columns.clone(), null, null, 0);
    }

    /** {@code sql} returns the written row itself. */
    public static RowWrite statement(String sql, String table) {
        return new RowWrite(sql, table, Returned.STATEMENT, null, null, null, 0);
    }

    /** The row is read again with {@code reread}, by its key, in the same transaction. */
    public static RowWrite reread(String sql, String table, String reread) {
        return new RowWrite(sql, table, Returned.REREAD, null, reread, null, 0);
    }

    /**
     * Like {@link #reread(String, String, String)}, for an INSERT whose key the database
     * generates: a batch is read again in chunks of keys with {@code rereadAll}, whose rows have the
     * key at {@code keyColumn}.
     */
    public static RowWrite reread(String sql, String table, String reread, KeyQuery rereadAll, int keyColumn) {
        return new RowWrite(sql, table, Returned.REREAD, null, reread, Objects.requireNonNull(rereadAll, "rereadAll"),
                keyColumn);
    }
}
