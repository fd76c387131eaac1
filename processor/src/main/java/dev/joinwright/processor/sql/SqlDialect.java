package dev.joinwright.processor.sql;

import java.nio.charset.StandardCharsets;

/**
 * What differs between the supported databases, in one place per dialect: identifier quoting and
 * length limits here, and the DDL (column types, identity columns, table options, FK placement)
 * in each dialect's {@link DialectDdl}.
 */
public enum SqlDialect {
    H2("h2", "H2", 256, '"', '"'),
    POSTGRESQL("postgresql", "PostgreSQL", 63, '"', '"'),
    MYSQL("mysql", "MySQL/MariaDB", 64, '`', '`'),
    SQLITE("sqlite", "SQLite", 1024, '"', '"');

    private final String id;
    private final String displayName;
    private final int maxIdentifierBytes;
    private final char openQuote;
    private final char closeQuote;

    SqlDialect(String id, String displayName, int maxIdentifierBytes, char openQuote, char closeQuote) {
        this.id = id;
        this.displayName = displayName;
        this.maxIdentifierBytes = maxIdentifierBytes;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
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

    /** The dialect's DDL: column types, identity columns, table options, FK placement. */
    public DialectDdl ddl() {
        return switch (this) {
            case H2 -> H2Ddl.INSTANCE;
            case POSTGRESQL -> PostgresDdl.INSTANCE;
            case MYSQL -> MySqlDdl.INSTANCE;
            case SQLITE -> SqliteDdl.INSTANCE;
        };
    }

    /** The identifier as it appears in SQL: quoted if it is a reserved word anywhere, else bare. */
    public String quote(String identifier) {
        return ReservedWords.isReserved(identifier) ? openQuote + identifier + closeQuote : identifier;
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
