package dev.joinwright.processor.sql;

/**
 * H2 2.x. Temporal types keep nanoseconds ({@code TIMESTAMP(9)}); DDL commits implicitly, so a
 * script is not one transaction.
 */
final class H2Ddl extends DialectDdl {
    static final H2Ddl INSTANCE = new H2Ddl();

    private H2Ddl() {}

    @Override
    public String type(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT, INT, LONG -> integerType(column.type());
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case STRING, ENUM -> varchar(column);
            case BIG_DECIMAL -> decimal("DECIMAL", column);
            case BYTES -> "VARBINARY";
            case UUID -> "UUID";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(9)";
            case LOCAL_DATE_TIME -> "TIMESTAMP(9)";
            case OFFSET_DATE_TIME, INSTANT -> "TIMESTAMP(9) WITH TIME ZONE";
            case UNSUPPORTED -> throw unsupported(column);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String catalogType(DdlColumn column) {
        return switch (column.type()) {
            case STRING, ENUM -> "CHARACTER VARYING(" + column.length() + ")";
            case BYTES -> "BINARY VARYING";
            case LOCAL_TIME -> "TIME";
            case LOCAL_DATE_TIME -> "TIMESTAMP";
            case OFFSET_DATE_TIME, INSTANT -> "TIMESTAMP WITH TIME ZONE";
            default -> super.catalogType(column);
        };
    }

    @Override
    public boolean foreignKeyHoldsIndex() {
        return true;
    }

    @Override
    protected String changeTypeKeyword() {
        return "SET DATA TYPE";
    }
}
