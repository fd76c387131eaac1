package dev.joinwright.processor.sql;

/**
 * SQLite: five storage classes, {@code INTEGER PRIMARY KEY} for a generated key (exactly that, so
 * that the column aliases the rowid), and no {@code ALTER TABLE ... ADD CONSTRAINT}: FKs that
 * close a cycle are declared inline and checked at commit. DDL is transactional.
 */
final class SqliteDdl extends DialectDdl {
    static final SqliteDdl INSTANCE = new SqliteDdl();

    private SqliteDdl() {}

    @Override
    public String type(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN, SHORT, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case BYTES -> "BLOB";
            case STRING, ENUM, BIG_DECIMAL, UUID, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, OFFSET_DATE_TIME,
                    INSTANT -> "TEXT";
            case UNSUPPORTED -> throw unsupported(column);
        };
    }

    /** A decimal is {@code TEXT} (exact): its default too, or SQLite would store {@code 2.5} for {@code 2.50}. */
    @Override
    protected String number(DdlColumn column, String value) {
        return column.type() == dev.joinwright.processor.model.ColumnType.BIG_DECIMAL ? stringLiteral(value) : value;
    }

    /** Today in the local time zone, as {@code LOCALTIMESTAMP} (SQLite's {@code CURRENT_DATE} is UTC's). */
    @Override
    protected String currentDate() {
        return "(date('now', 'localtime'))";
    }

    /** Booleans are integers. */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * The text the {@code LocalDateTime} codec writes ({@code 2026-12-02T01:03:33.123}), not
     * {@code CURRENT_TIMESTAMP}'s UTC {@code 2026-12-02 01:03:33}.
     */
    @Override
    protected String localTimestamp() {
        return "(strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'))";
    }

    /**
     * The text the instant codec writes, nine fraction digits and {@code Z}
     * ({@code 2026-12-02T01:03:33.123000000Z}), so that text order stays time order.
     */
    @Override
    protected String currentInstant() {
        return "(strftime('%Y-%m-%dT%H:%M:%f000000Z', 'now'))";
    }

    @Override
    public String identity(DdlColumn column) {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    public boolean identityDeclaresPrimaryKey() {
        return true;
    }

    @Override
    public boolean altersCycleForeignKeys() {
        return false;
    }

    @Override
    public String deferredForeignKey() {
        return " DEFERRABLE INITIALLY DEFERRED";
    }

    @Override
    public java.util.List<String> dropTables(java.util.List<String> quotedTables) {
        return quotedTables.stream().map(t -> "DROP TABLE IF EXISTS " + t).toList(); // one table per DROP
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String catalogType(DdlColumn column) {
        return column.identity() ? "INTEGER" : type(column);
    }

    @Override
    public boolean rebuildsTables() {
        return true;
    }
}
