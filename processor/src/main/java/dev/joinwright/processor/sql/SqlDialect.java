package dev.joinwright.processor.sql;

import java.nio.charset.StandardCharsets;

/**
 * The description of each supported database, the one place its facts live: identifier quoting
 * (the words reserved in any dialect, {@link ReservedWords}; names with upper-case letters),
 * system columns no table may declare, identifier, string-length and decimal maxima, and the DDL
 * (column types, identity columns, table options, FK placement, dropping) in its {@link DialectDdl}.
 * Every identifier the processor writes, derived or explicit, is checked against and quoted by it.
 */
public enum SqlDialect {
    /** H2 2.x: {@code CHARACTER VARYING} up to 1,000,000,000 characters, {@code NUMERIC} up to 100,000 digits. */
    H2("h2", "H2", 256, '"', 1_000_000_000, 100_000, 100_000),
    /** PostgreSQL: identifiers truncated past 63 bytes; {@code varchar(10485760)}; {@code numeric(1000, 1000)}. */
    POSTGRESQL("postgresql", "PostgreSQL", 63, '"', 10_485_760, 1_000, 1_000),
    /**
     * MySQL 8 and MariaDB: 64-byte identifiers; a {@code VARCHAR} in {@code utf8mb4} holds at most
     * 16,383 characters (65,535 bytes); {@code DECIMAL} at most 65 digits, 30 after the point.
     */
    MYSQL("mysql", "MySQL/MariaDB", 64, '`', 16_383, 65, 30),
    /** SQLite: no practical limits; strings and decimals are {@code TEXT}. */
    SQLITE("sqlite", "SQLite", 1024, '"', Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private static final java.util.Set<String> POSTGRESQL_SYSTEM_COLUMNS =
            java.util.Set.of("tableoid", "xmin", "cmin", "xmax", "cmax", "ctid");

    private final String id;
    private final String displayName;
    private final int maxIdentifierBytes;
    private final char quote;
    private final int maxVarcharLength;
    private final int maxDecimalPrecision;
    private final int maxDecimalScale;

    SqlDialect(String id, String displayName, int maxIdentifierBytes, char quote, int maxVarcharLength,
            int maxDecimalPrecision, int maxDecimalScale) {
        this.id = id;
        this.displayName = displayName;
        this.maxIdentifierBytes = maxIdentifierBytes;
        this.quote = quote;
        this.maxVarcharLength = maxVarcharLength;
        this.maxDecimalPrecision = maxDecimalPrecision;
        this.maxDecimalScale = maxDecimalScale;
    }

    /** The longest {@code VARCHAR} the dialect declares, in characters. */
    public int maxVarcharLength() {
        return maxVarcharLength;
    }

    /** The most digits of a {@code DECIMAL}. */
    public int maxDecimalPrecision() {
        return maxDecimalPrecision;
    }

    /** The most digits after the point of a {@code DECIMAL}. */
    public int maxDecimalScale() {
        return maxDecimalScale;
    }

    /** The dialect's id, also the resource name {@code META-INF/joinwright/<id>.sql}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The longest identifier the database keeps intact, in UTF-8 bytes. */
    public int maxIdentifierBytes() {
        return maxIdentifierBytes;
    }

    /** Whether the identifier fits this dialect's length limit. */
    public boolean fits(String identifier) {
        return identifier.getBytes(StandardCharsets.UTF_8).length <= maxIdentifierBytes;
    }

    /**
     * Whether a column of this name collides with a column every table has, which quoting cannot
     * avoid: PostgreSQL's system columns ({@code xmin}, {@code ctid}, …).
     */
    public boolean isSystemColumn(String name) {
        return this == POSTGRESQL && POSTGRESQL_SYSTEM_COLUMNS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The dialect's DDL: column types, identity columns, table options, FK placement. */
    public DialectDdl ddl() {
        return switch (this) {
            case H2 -> H2Ddl.INSTANCE;
            case POSTGRESQL -> PostgresDdl.INSTANCE;
            case MYSQL -> MySqlDdl.INSTANCE;
            case SQLITE -> SqliteDdl.INSTANCE;
        };
    }

    /**
     * The identifier as it appears in SQL: quoted if it is a reserved word in any dialect or has an
     * upper-case letter (so that {@code WidgetId} stays {@code WidgetId} in every catalog instead of
     * being folded), else bare. The same rule for DDL and DML, in every dialect.
     */
    public String quote(String identifier) {
        return needsQuotes(identifier) ? quote + identifier + quote : identifier;
    }

    /** Whether {@link #quote} quotes the identifier (the same answer in every dialect). */
    public static boolean needsQuotes(String identifier) {
        return ReservedWords.isReserved(identifier) || !identifier.equals(identifier.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * An INSERT of one row that does nothing when the row's key exists already, but still fails
     * on any other constraint (so not MySQL's {@code INSERT IGNORE}, which hides FK violations).
     */
    public String insertIgnoringDuplicate(String table, String first, String second) {
        String columns = quote(first) + ", " + quote(second);
        String insert = "INSERT INTO " + quote(table) + " (" + columns + ") VALUES (?, ?)";
        return switch (this) {
            case H2 -> "MERGE INTO " + quote(table) + " (" + columns + ") KEY (" + columns + ") VALUES (?, ?)";
            case POSTGRESQL, SQLITE -> insert + " ON CONFLICT DO NOTHING";
            case MYSQL -> insert + " ON DUPLICATE KEY UPDATE " + quote(first) + " = " + quote(first);
        };
    }
}
