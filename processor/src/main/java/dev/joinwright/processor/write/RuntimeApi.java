package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name: the processor never loads them. Binding and
 * reading values is not here but in {@link ColumnAdapter} (with the {@code Codecs} types), the one
 * place that knows how a column's value crosses JDBC.
 */
final class RuntimeApi {
    static final ClassName DATABASE = ClassName.get("dev.joinwright", "Database");
    static final ClassName DIALECT = ClassName.get("dev.joinwright", "Dialect");
    static final ClassName NOT_FOUND = ClassName.get("dev.joinwright", "NotFoundException");
    static final ClassName NOT_LOADED = ClassName.get("dev.joinwright", "NotLoadedException");
    static final ClassName ROW_READER = ClassName.get("dev.joinwright", "RowReader");
    static final ClassName BY_LABEL = ClassName.get("dev.joinwright.internal", "ByLabel");
    static final ClassName FETCH_PLANS = ClassName.get("dev.joinwright.internal", "FetchPlans");
    static final ClassName JDBC = ClassName.get("dev.joinwright.internal", "Jdbc");
    static final ClassName ROW_MAPPER = ClassName.get("dev.joinwright.internal", "RowMapper");
    static final ClassName KEY_QUERY = ClassName.get("dev.joinwright.internal", "KeyQuery");
    static final ClassName ROW_WRITE = ClassName.get("dev.joinwright.internal", "RowWrite");
    static final ClassName STORED_ROWS = ClassName.get("dev.joinwright.internal", "StoredRows");
    static final ClassName KEYS = ClassName.get("dev.joinwright.internal", "Keys");

    private RuntimeApi() {}
}
