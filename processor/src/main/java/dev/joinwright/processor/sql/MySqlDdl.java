package dev.joinwright.processor.sql;

/**
 * MySQL 8 and MariaDB: InnoDB tables (the engine that enforces FKs) in {@code utf8mb4} with the
 * binary collation {@code utf8mb4_bin}, so that strings compare case-sensitively as on the other
 * databases (an FK no longer accepts {@code 'us'} for {@code 'US'}); {@code AUTO_INCREMENT} keys,
 * microsecond temporal types, {@code DOUBLE} for {@code float}, and {@code DROP FOREIGN KEY}. DDL
 * commits implicitly; a schema is dropped by one {@code DROP TABLE IF EXISTS} of all its tables
 * with foreign-key checks off for that statement (MySQL has no {@code ALTER TABLE IF EXISTS}).
 */
final class MySqlDdl extends DialectDdl {
    static final MySqlDdl INSTANCE = new MySqlDdl();

    private MySqlDdl() {}

    @Override
    public String type(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT, INT, LONG -> integerType(column.type());
            case FLOAT -> "DOUBLE"; // FLOAT loses digits over the text protocol
            case DOUBLE -> "DOUBLE";
            case STRING, ENUM -> varchar(column);
            case BIG_DECIMAL -> decimal("DECIMAL", column);
            case BYTES -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> "DATETIME(6)";
            case UNSUPPORTED -> throw unsupported(column);
        };
    }

    /** Backslashes too: MySQL and MariaDB read them as escapes in string literals (by default). */
    @Override
    public String stringLiteral(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** An expression default on a {@code DATE} must be in parentheses (MySQL 8.0.13+, MariaDB). */
    @Override
    protected String currentDate() {
        return "(CURRENT_DATE)";
    }

    /** {@code DATETIME(6)}: the default's precision must be the column's. */
    @Override
    protected String localTimestamp() {
        return "CURRENT_TIMESTAMP(6)";
    }

    /** Instants are stored as UTC wall-clock times (see the codecs), whatever the session's zone. */
    @Override
    protected String currentInstant() {
        return "(UTC_TIMESTAMP(6))";
    }

    @Override
    public String identity(DdlColumn column) {
        return integerType(column.type()) + " NOT NULL AUTO_INCREMENT";
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    }

    @Override
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        return "ALTER TABLE " + quotedTable + " DROP FOREIGN KEY " + quotedConstraint;
    }

    @Override
    public java.util.List<String> dropTables(java.util.List<String> quotedTables) {
        return java.util.List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS " + String.join(", ", quotedTables),
                RESTORE_CHECKS);
    }

    /** Turns foreign-key checks back on; also run when a drop script fails half-way. */
    static final String RESTORE_CHECKS = "SET FOREIGN_KEY_CHECKS = 1";

    @Override
    public String recoveryStatement() {
        return RESTORE_CHECKS;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String catalogType(DdlColumn column) {
        return switch (column.type()) {
            case INT -> "INT";
            case LOCAL_TIME -> "TIME";
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> "DATETIME";
            default -> super.catalogType(column);
        };
    }

    @Override
    public boolean foreignKeyHoldsIndex() {
        return true;
    }

    @Override
    public String renamePrimaryKey(String quotedTable, String quotedName, String quotedNewName) {
        return null;
    }

    /** {@code MODIFY COLUMN} with the whole new definition (an {@code AUTO_INCREMENT} and a default stay). */
    @Override
    public java.util.List<String> alterColumn(String quotedTable, DdlColumn before, DdlColumn after, String quotedColumn) {
        return java.util.List.of("ALTER TABLE " + quotedTable + " MODIFY COLUMN " + after.definition(SqlDialect.MYSQL));
    }

    @Override
    public String dropUnique(String quotedTable, String quotedConstraint) {
        return "ALTER TABLE " + quotedTable + " DROP INDEX " + quotedConstraint;
    }

    @Override
    public String dropIndex(String quotedTable, String quotedIndex) {
        return "DROP INDEX " + quotedIndex + " ON " + quotedTable;
    }
}
