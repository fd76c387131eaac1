package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.DefaultValue;
import java.util.Optional;

/**
 * A column as the DDL declares it.
 *
 * @param name the column name
 * @param type the Java-side type, mapped to SQL by each dialect
 * @param length the string length (ignored for other types)
 * @param precision the decimal precision (ignored for other types)
 * @param scale the decimal scale (ignored for other types)
 * @param notNull whether the column is declared {@code NOT NULL}
 * @param identity whether the database generates the value (an integral {@code @Id})
 * @param defaultValue the column's {@code DEFAULT}, rendered by each dialect
 *     ({@link DialectDdl#defaultExpression})
 */
public record DdlColumn(String name, ColumnType type, int length, int precision, int scale, boolean notNull,
        boolean identity, Optional<DefaultValue> defaultValue) {

    /** An entity's column. */
    public static DdlColumn of(Column column) {
        boolean identity = column.id() && column.generated() && column.type().isIntegral();
        return new DdlColumn(column.name(), column.type(), column.effectiveLength(), column.effectivePrecision(),
                column.effectiveScale(), column.notNull(), identity, column.parsedDefault());
    }

    /**
     * An entity's FK column: the referencing column's name and nullness, the referenced key's
     * type exactly (length, precision, scale), so that {@code course_code} is a {@code VARCHAR(16)}
     * when it references one.
     */
    public static DdlColumn of(Column column, Column referencedKey) {
        return new DdlColumn(column.name(), column.type(), referencedKey.effectiveLength(),
                referencedKey.effectivePrecision(), referencedKey.effectiveScale(), column.notNull(),
                column.id() && column.generated() && column.type().isIntegral(), column.parsedDefault());
    }

    /** A NOT NULL column named {@code name} holding values of {@code key} (never an identity). */
    public static DdlColumn referencing(String name, Column key) {
        return new DdlColumn(name, key.type(), key.effectiveLength(), key.effectivePrecision(),
                key.effectiveScale(), true, false, Optional.empty());
    }

    /** The column's definition inside {@code CREATE TABLE}, e.g. {@code email VARCHAR(120) NOT NULL}. */
    public String definition(SqlDialect dialect) {
        DialectDdl ddl = dialect.ddl();
        String quoted = dialect.quote(name);
        if (identity) {
            return quoted + " " + ddl.identity(this);
        }
        return quoted + " " + ddl.type(this)
                + defaultValue.map(d -> " DEFAULT " + ddl.defaultExpression(this)).orElse("")
                + (notNull ? " NOT NULL" : "");
    }
}
