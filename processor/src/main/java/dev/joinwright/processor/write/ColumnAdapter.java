package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.joinwright.processor.model.Column;

/**
 * The column-type adapter: every bind and every read that generated code performs is written here,
 * and nowhere else (Room's {@code ColumnTypeAdapter}). Writers ask for "bind this column's value to
 * parameter i" or "read this column at index i" and place the code it returns.
 *
 * <p>Today the code calls the runtime's static {@code Values}/{@code TemporalValues}, which take
 * the DAO's {@code Dialect}. Switching generated code to per-dialect codecs changes this class
 * only: {@link #HANDLE_TYPE} becomes the codecs' type and each case calls its codec.
 */
final class ColumnAdapter {
    static final ClassName VALUES = ClassName.get("dev.joinwright.internal", "Values");
    static final ClassName TEMPORAL = ClassName.get("dev.joinwright.internal", "TemporalValues");

    /** The type of the value handle the adapters read from: the DAO field and {@code readRow}'s parameter. */
    static final ClassName HANDLE_TYPE = RuntimeApi.DIALECT;
    /** The name of the DAO field (and {@code readRow} parameter) holding the value handle. */
    static final String DIALECT_FIELD = "dialect";

    private ColumnAdapter() {}

    /** {@code Values.setLong(ps, 3, value)}, choosing the method by the column's type. */
    static CodeBlock bind(Column column, String statement, CodeBlock index, CodeBlock value) {
        String suffix = column.primitive() ? "" : "OrNull";
        return switch (column.type()) {
            case BOOLEAN -> simple("setBoolean" + suffix, statement, index, value);
            case SHORT -> simple("setShort" + suffix, statement, index, value);
            case INT -> simple("setInt" + suffix, statement, index, value);
            case LONG -> simple("setLong" + suffix, statement, index, value);
            case FLOAT -> simple("setFloat" + suffix, statement, index, value);
            case DOUBLE -> simple("setDouble" + suffix, statement, index, value);
            case STRING -> simple("setString", statement, index, value);
            case BYTES -> simple("setBytes", statement, index, value);
            case ENUM -> simple("setEnum", statement, index, value);
            case BIG_DECIMAL -> dialectual(VALUES, "setBigDecimal", statement, index, value);
            case UUID -> dialectual(VALUES, "setUuid", statement, index, value);
            case LOCAL_DATE -> dialectual(TEMPORAL, "setLocalDate", statement, index, value);
            case LOCAL_TIME -> dialectual(TEMPORAL, "setLocalTime", statement, index, value);
            case LOCAL_DATE_TIME -> dialectual(TEMPORAL, "setLocalDateTime", statement, index, value);
            case OFFSET_DATE_TIME -> dialectual(TEMPORAL, "setOffsetDateTime", statement, index, value);
            case INSTANT -> dialectual(TEMPORAL, "setInstant", statement, index, value);
            case UNSUPPORTED -> throw new IllegalStateException("unsupported column " + column.name());
        };
    }

    /** {@code Values.getLong(rs, first + 2)}, choosing the method by the column's type. */
    static CodeBlock read(Column column, String resultSet, CodeBlock index) {
        String suffix = column.primitive() ? "" : "OrNull";
        return switch (column.type()) {
            case BOOLEAN -> get("getBoolean" + suffix, resultSet, index);
            case SHORT -> get("getShort" + suffix, resultSet, index);
            case INT -> get("getInt" + suffix, resultSet, index);
            case LONG -> get("getLong" + suffix, resultSet, index);
            case FLOAT -> get("getFloat" + suffix, resultSet, index);
            case DOUBLE -> get("getDouble" + suffix, resultSet, index);
            case STRING -> get("getString", resultSet, index);
            case BYTES -> get("getBytes", resultSet, index);
            case ENUM -> CodeBlock.of("$T.getEnum($N, $L, $T::valueOf)", VALUES, resultSet, index,
                    TypeName.get(column.javaType()).withoutAnnotations());
            case BIG_DECIMAL -> getDialectual(VALUES, "getBigDecimal", resultSet, index);
            case UUID -> getDialectual(VALUES, "getUuid", resultSet, index);
            case LOCAL_DATE -> getDialectual(TEMPORAL, "getLocalDate", resultSet, index);
            case LOCAL_TIME -> getDialectual(TEMPORAL, "getLocalTime", resultSet, index);
            case LOCAL_DATE_TIME -> getDialectual(TEMPORAL, "getLocalDateTime", resultSet, index);
            case OFFSET_DATE_TIME -> getDialectual(TEMPORAL, "getOffsetDateTime", resultSet, index);
            case INSTANT -> getDialectual(TEMPORAL, "getInstant", resultSet, index);
            case UNSUPPORTED -> throw new IllegalStateException("unsupported column " + column.name());
        };
    }

    /** {@code ps.setInt(1, limit)}: an {@code int} parameter that is not a column (a page's bounds). */
    static CodeBlock bindInt(String statement, int index, String value) {
        return CodeBlock.of("$N.setInt($L, $N)", statement, index, value);
    }

    /** Whether the value at {@code index} is not SQL NULL, e.g. the key of a LEFT JOINed row. */
    static CodeBlock isNotNull(String resultSet, CodeBlock index) {
        return CodeBlock.of("$N.getObject($L) != null", resultSet, index);
    }

    /**
     * The SQL element type for an array of this column's values ({@code Connection.createArrayOf}),
     * the same name on H2 and PostgreSQL, or {@code null} where keys of this type go as IN lists.
     */
    static String arrayType(Column column) {
        return switch (column.type()) {
            case SHORT -> "smallint";
            case INT -> "integer";
            case LONG -> "bigint";
            case STRING -> "varchar";
            case UUID -> "uuid";
            default -> null;
        };
    }

    private static CodeBlock simple(String method, String statement, CodeBlock index, CodeBlock value) {
        return CodeBlock.of("$T.$N($N, $L, $L)", VALUES, method, statement, index, value);
    }

    private static CodeBlock dialectual(ClassName owner, String method, String statement, CodeBlock index,
            CodeBlock value) {
        return CodeBlock.of("$T.$N($N, $L, $L, $N)", owner, method, statement, index, value, DIALECT_FIELD);
    }

    private static CodeBlock get(String method, String resultSet, CodeBlock index) {
        return CodeBlock.of("$T.$N($N, $L)", VALUES, method, resultSet, index);
    }

    private static CodeBlock getDialectual(ClassName owner, String method, String resultSet, CodeBlock index) {
        return CodeBlock.of("$T.$N($N, $L, $N)", owner, method, resultSet, index, DIALECT_FIELD);
    }
}
