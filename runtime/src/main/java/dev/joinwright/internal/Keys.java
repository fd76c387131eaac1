package dev.joinwright.internal;

import dev.joinwright.DataAccessException;

/**
 * The failures of generated code's key checks, with their whole texts. Internal: for generated
 * code only.
 */
public final class Keys {
    private Keys() {}

    /**
     * A batched query returned a row whose key is equal, as the database compared it, to one of the
     * keys asked for, but equal to none of them as the codec's {@link dev.joinwright.Codec#key} has
     * it: the table's collation compares differently from what Joinwright's DDL declares.
     */
    public static DataAccessException unmatched(String table, String column, Object value) {
        return new DataAccessException("The database matched " + table + "." + column + " = '" + value + "' to a key"
                + " asked for, but no key asked for equals it as Joinwright compares keys: the column's collation"
                + " compares differently from the one Joinwright's DDL declares (utf8mb4_bin on MySQL/MariaDB)");
    }
}
