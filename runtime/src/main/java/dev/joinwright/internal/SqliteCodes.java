package dev.joinwright.internal;

/** The SQLite result-code names that matter for translation, mapped to their numbers. */
final class SqliteCodes {
    private SqliteCodes() {}

    /** The (extended) result code of a name such as {@code SQLITE_CONSTRAINT_UNIQUE}, or -1. */
    static int byName(String name) {
        switch (name) {
            case "SQLITE_BUSY": return 5;
            case "SQLITE_LOCKED": return 6;
            case "SQLITE_CONSTRAINT": return 19;
            case "SQLITE_BUSY_RECOVERY": return 261;
            case "SQLITE_LOCKED_SHAREDCACHE": return 262;
            case "SQLITE_CONSTRAINT_CHECK": return 275;
            case "SQLITE_BUSY_SNAPSHOT": return 517;
            case "SQLITE_CONSTRAINT_COMMITHOOK": return 531;
            case "SQLITE_BUSY_TIMEOUT": return 773;
            case "SQLITE_CONSTRAINT_FOREIGNKEY": return 787;
            case "SQLITE_CONSTRAINT_FUNCTION": return 1043;
            case "SQLITE_CONSTRAINT_NOTNULL": return 1299;
            case "SQLITE_CONSTRAINT_PRIMARYKEY": return 1555;
            case "SQLITE_CONSTRAINT_TRIGGER": return 1811;
            case "SQLITE_CONSTRAINT_UNIQUE": return 2067;
            case "SQLITE_CONSTRAINT_VTAB": return 2323;
            case "SQLITE_CONSTRAINT_ROWID": return 2579;
            default: return name.startsWith("SQLITE_CONSTRAINT") ? 19 : -1;
        }
    }
}
