package dev.joinwright.processor.sql;

/** PostgreSQL. DDL is transactional, so a whole script commits or leaves nothing behind. */
final class PostgresDdl extends DialectDdl {
    static final PostgresDdl INSTANCE = new PostgresDdl();

    private PostgresDdl() {}

    @Override
    public String type(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT, INT, LONG -> integerType(column.type());
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case STRING, ENUM -> varchar(column);
            case BIG_DECIMAL -> decimal("NUMERIC", column);
            case BYTES -> "BYTEA";
            case UUID -> "UUID";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME";
            case LOCAL_DATE_TIME -> "TIMESTAMP";
            case OFFSET_DATE_TIME, INSTANT -> "TIMESTAMPTZ";
            case UNSUPPORTED -> throw unsupported(column);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String catalogType(DdlColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOL";
            case SHORT -> "INT2";
            case INT -> "INT4";
            case LONG -> "INT8";
            case FLOAT -> "FLOAT4";
            case DOUBLE -> "FLOAT8";
            default -> super.catalogType(column);
        };
    }
}
