package dev.joinwright.processor.sql;

/**
 * MySQL 8 and MariaDB: InnoDB tables (the engine that enforces FKs) in {@code utf8mb4},
 * {@code AUTO_INCREMENT} keys, microsecond temporal types, and {@code DROP FOREIGN KEY}. DDL
 * commits implicitly.
 */
final class MySqlDdl extends DialectDdl {
    static final MySqlDdl INSTANCE = new MySqlDdl();

    private MySqlDdl() {}

    @Override
    public String type(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT, INT, LONG -> integerType(column.type());
            case FLOAT -> "FLOAT";
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

    @Override
    public String identity(DdlColumn column) {
        return integerType(column.type()) + " NOT NULL AUTO_INCREMENT";
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public String dropForeignKey(String quotedTable, String quotedConstraint) {
        return "ALTER TABLE " + quotedTable + " DROP FOREIGN KEY " + quotedConstraint;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }
}
