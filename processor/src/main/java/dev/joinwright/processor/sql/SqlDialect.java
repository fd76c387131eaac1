package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.ColumnType;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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

    /**
     * The SQL element type of an array of keys of {@code type}, for {@code Connection.createArrayOf}
     * in an {@code = ANY(?)} query, or {@code null} where this dialect takes no array parameters
     * (MySQL, SQLite) or keys of this type go as {@code IN} lists.
     */
    public String arrayType(ColumnType type) {
        if (this != H2 && this != POSTGRESQL) {
            return null;
        }
        return switch (type) {
            case SHORT -> "smallint";
            case INT -> "integer";
            case LONG -> "bigint";
            case STRING -> "varchar";
            case UUID -> "uuid";
            default -> null;
        };
    }

    /**
     * The element type of an array of keys of {@code type} on every dialect that takes arrays (H2
     * and PostgreSQL name them alike, so a DAO holds one), or {@code null} where keys of this type go
     * as {@code IN} lists.
     */
    public static String arrayElementType(ColumnType type) {
        String h2 = H2.arrayType(type);
        if (!Objects.equals(h2, POSTGRESQL.arrayType(type))) {
            throw new IllegalStateException("H2 and PostgreSQL name arrays of " + type + " differently");
        }
        return h2;
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
     * How an INSERT or UPDATE gives back the row as the database stored it (the runtime's
     * {@code RowWrite.Returned}): the statements of {@link #returning} and the DAO's choice of
     * {@code RowWrite} both follow it.
     */
    public enum StoredRow {
        /**
         * The driver returns any columns of the written rows as generated keys, single rows and
         * batches alike: pgjdbc appends {@code RETURNING} to INSERT and UPDATE; H2 2.x reads them
         * from the data change.
         */
        GENERATED_COLUMNS,
        /**
         * The statement carries {@code RETURNING}: SQLite 3.35+ (xerial's driver returns only the
         * last rowid as a generated key, so it cannot be asked for the columns).
         */
        STATEMENT,
        /**
         * A re-read by key in the same transaction: MySQL 8 has no {@code RETURNING}, and one dialect
         * serves MySQL and MariaDB (whose 10.5+ has it for INSERT only).
         */
        REREAD
    }

    /** How an INSERT or UPDATE of this dialect gives back the stored row. */
    public StoredRow storedRow() {
        return switch (this) {
            case H2, POSTGRESQL -> StoredRow.GENERATED_COLUMNS;
            case SQLITE -> StoredRow.STATEMENT;
            case MYSQL -> StoredRow.REREAD;
        };
    }

    /**
     * {@code statement} (an INSERT or UPDATE) as this dialect runs it to give back the stored row:
     * with {@code RETURNING columns} where {@link #storedRow()} is {@link StoredRow#STATEMENT}.
     */
    public String returning(String statement, String columns) {
        return storedRow() == StoredRow.STATEMENT ? statement + " RETURNING " + columns : statement;
    }

    /**
     * A query that locks the rows it selects until the transaction ends, {@code SELECT ... FOR
     * UPDATE} on H2, PostgreSQL and MySQL, or {@code null} on SQLite, which needs none: it runs one
     * writer at a time, and a read first would make a deferred transaction fail to upgrade its lock
     * (SQLITE_BUSY) rather than wait.
     */
    public String forUpdate(String select) {
        return this == SQLITE ? null : select + " FOR UPDATE";
    }

    /**
     * The start of a row-value {@code IN} over composite keys, before the row values
     * {@code (?, ?), (?, ?)}: {@code (a, b) IN (} on H2 and MySQL/MariaDB; {@code (a, b) IN (VALUES }
     * on SQLite, which takes row values on the right only from a subquery, and on PostgreSQL, which
     * plans a list of thousands of row values as nested ORs that exceed its stack depth (a VALUES
     * list is a relation it joins).
     */
    public String rowValuesIn(String columns) {
        return "(" + columns + ") IN (" + (this == SQLITE || this == POSTGRESQL ? "VALUES " : "");
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

    /**
     * The condition that some row of a to-many path matches: the outer row's key {@code outerKey},
     * the subquery's column {@code innerColumn} that refers to it, and the rest of the subquery
     * ({@code from}, its {@code predicate}). H2 runs a correlated {@code EXISTS} once per outer row
     * (6.2 against 0.65 ms for authors with a book tagged t in the benchmark, see
     * {@code bench/results/method.md}), so there it is {@code outerKey IN (SELECT innerColumn FROM …
     * WHERE predicate)}, which it evaluates once; elsewhere {@code EXISTS (SELECT 1 FROM … WHERE
     * innerColumn = outerKey AND predicate)}, which PostgreSQL, MariaDB and SQLite plan as a
     * semi-join themselves. Both select each outer row once. They differ only when the subquery's
     * column holds NULLs and nothing matches (the {@code IN} is unknown where the {@code EXISTS} is
     * false), which a WHERE clause of ANDs and ORs, the only place a query puts this condition,
     * treats alike.
     */
    public String semiJoin(String outerKey, String innerColumn, String from, String predicate) {
        if (this == H2) {
            return outerKey + " IN (SELECT " + innerColumn + " FROM " + from + " WHERE " + predicate + ")";
        }
        return "EXISTS (SELECT 1 FROM " + from + " WHERE " + innerColumn + " = " + outerKey + " AND " + predicate + ")";
    }

    /**
     * A value of a column of {@code type} as queries compare and order it: SQLite stores decimals
     * as text, so there it is {@code CAST(expr AS NUMERIC)} (numeric order, {@code 1.5 = 1.50});
     * elsewhere the expression itself.
     */
    public String comparable(String expr, ColumnType type) {
        return this == SQLITE && type == ColumnType.BIG_DECIMAL ? "CAST(" + expr + " AS NUMERIC)" : expr;
    }

    /**
     * One ORDER BY term. NULLs come first ascending and last descending on every dialect: H2,
     * MySQL and SQLite do so by themselves, PostgreSQL is told.
     */
    public String orderTerm(String expr, boolean descending, boolean nullable) {
        String term = expr + (descending ? " DESC" : "");
        return this == POSTGRESQL && nullable ? term + (descending ? " NULLS LAST" : " NULLS FIRST") : term;
    }

    /**
     * A case-sensitive pattern match of {@code expr} with one bound pattern. {@code LIKE} is case
     * sensitive on H2, PostgreSQL and MySQL (whose tables Joinwright creates with
     * {@code utf8mb4_bin}), but not on SQLite, where the match is a {@code GLOB} and the runtime
     * binds the pattern in GLOB's syntax ({@code *}, {@code ?}, {@code [*]}), which needs no escape clause.
     *
     * @param escapeClause {@code " ESCAPE '!'"} for an escaped literal, else {@code ""}
     */
    public String caseSensitiveMatch(String expr, boolean negated, String escapeClause) {
        if (this == SQLITE) {
            return expr + (negated ? " NOT" : "") + " GLOB ?";
        }
        return expr + (negated ? " NOT" : "") + " LIKE ?" + escapeClause;
    }
}
