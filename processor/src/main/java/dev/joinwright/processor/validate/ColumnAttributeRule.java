package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.sql.SqlDialect;
import javax.lang.model.element.AnnotationMirror;

/**
 * {@code @Column(length)} only on strings and enums (an enum's at least its longest constant), {@code precision}/{@code scale} only on
 * {@code BigDecimal}, none negative, scale at most precision, none past the tightest dialect's
 * maximum (MySQL/MariaDB: 16,383 characters, 65 digits, 30 after the point); no unique
 * {@code byte[]}.
 */
final class ColumnAttributeRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            for (Column column : entity.columns()) {
                column.columnAnnotation().ifPresent(mirror -> check(context.diagnostics(), entity, column, mirror));
            }
        }
    }

    private static void check(Diagnostics diagnostics, Entity entity, Column column, AnnotationMirror mirror) {
        boolean known = column.type() != ColumnType.UNSUPPORTED;
        if (column.length() < 0) {
            negative(diagnostics, entity, column, mirror, "length", column.length());
        } else if (column.length() > 0 && known && column.type() != ColumnType.STRING && column.type() != ColumnType.ENUM) {
            misplaced(diagnostics, entity, column, mirror, "length", "length applies to String and enum columns only; remove it");
        } else if (column.type() == ColumnType.ENUM && column.length() > 0 && column.length() < column.longestConstant()) {
            String longest = column.enumConstants().stream().filter(c -> c.length() == column.longestConstant())
                    .findFirst().orElseThrow();
            diagnostics.error(entity, column.accessor(), mirror, "length", Message.ENUM_LENGTH_TOO_SHORT,
                    entity.simpleName(), column.accessorName(), column.length(), longest,
                    TypeNames.simple(column.javaType()), column.longestConstant());
        }
        if (column.precision() < 0) {
            negative(diagnostics, entity, column, mirror, "precision", column.precision());
        }
        if (column.scale() < -1) {
            negative(diagnostics, entity, column, mirror, "scale", column.scale());
        }
        boolean decimalAttributes = column.precision() > 0 || column.scale() >= 0;
        if (decimalAttributes && known && column.type() != ColumnType.BIG_DECIMAL) {
            String attribute = column.precision() > 0 ? "precision" : "scale";
            misplaced(diagnostics, entity, column, mirror, attribute,
                    "precision and scale apply to BigDecimal columns only; remove them");
        } else if (column.type() == ColumnType.BIG_DECIMAL && column.scale() > column.effectivePrecision()) {
            diagnostics.error(entity, column.accessor(), mirror, "scale", Message.SCALE_EXCEEDS_PRECISION,
                    entity.simpleName(), column.accessorName(), column.scale(), column.effectivePrecision());
        }
        checkMaxima(diagnostics, entity, column, mirror);
        if (column.unique() && column.type() == ColumnType.BYTES) {
            diagnostics.error(entity, column.accessor(), mirror, "unique", Message.UNIQUE_BYTES,
                    entity.simpleName(), column.accessorName());
        }
    }

    /** A length, precision or scale that the tightest dialect cannot declare. */
    private static void checkMaxima(Diagnostics diagnostics, Entity entity, Column column, AnnotationMirror mirror) {
        if ((column.type() == ColumnType.STRING || column.type() == ColumnType.ENUM) && column.length() > 0) {
            SqlDialect tightest = tightest(SqlDialect::maxVarcharLength);
            if (column.length() > tightest.maxVarcharLength()) {
                diagnostics.error(entity, column.accessor(), mirror, "length", Message.LENGTH_PAST_LIMIT,
                        entity.simpleName(), column.accessorName(), column.length(), tightest.displayName(),
                        tightest.maxVarcharLength());
            }
        }
        if (column.type() == ColumnType.BIG_DECIMAL) {
            SqlDialect precision = tightest(SqlDialect::maxDecimalPrecision);
            SqlDialect scale = tightest(SqlDialect::maxDecimalScale);
            if (column.precision() > precision.maxDecimalPrecision()) {
                diagnostics.error(entity, column.accessor(), mirror, "precision", Message.DECIMAL_PAST_LIMIT,
                        entity.simpleName(), column.accessorName(), "precision", column.precision(),
                        precision.displayName(), precision.maxDecimalPrecision());
            } else if (column.scale() > scale.maxDecimalScale()) {
                diagnostics.error(entity, column.accessor(), mirror, "scale", Message.DECIMAL_PAST_LIMIT,
                        entity.simpleName(), column.accessorName(), "scale", column.scale(),
                        scale.displayName(), scale.maxDecimalScale());
            }
        }
    }

    private static SqlDialect tightest(java.util.function.ToIntFunction<SqlDialect> limit) {
        return java.util.Arrays.stream(SqlDialect.values()).min(java.util.Comparator.comparingInt(limit)).orElseThrow();
    }

    private static void negative(Diagnostics diagnostics, Entity entity, Column column, AnnotationMirror mirror,
            String attribute, int value) {
        diagnostics.error(entity, column.accessor(), mirror, attribute, Message.NEGATIVE_COLUMN_ATTRIBUTE,
                entity.simpleName(), column.accessorName(), attribute, value);
    }

    private static void misplaced(Diagnostics diagnostics, Entity entity, Column column, AnnotationMirror mirror,
            String attribute, String fix) {
        diagnostics.error(entity, column.accessor(), mirror, attribute, Message.MISPLACED_COLUMN_ATTRIBUTE,
                entity.simpleName(), column.accessorName(), attribute, TypeNames.simple(column.javaType()), fix);
    }
}
