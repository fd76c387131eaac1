package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import javax.lang.model.element.AnnotationMirror;

/**
 * {@code @Column(length)} only on strings, {@code precision}/{@code scale} only on
 * {@code BigDecimal}, none negative, scale at most precision; no unique {@code byte[]}.
 */
final class ColumnAttributeRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.schema().entities()) {
            for (Column column : entity.columns()) {
                column.columnAnnotation().ifPresent(mirror -> check(context.diagnostics(), entity, column, mirror));
            }
        }
    }

    private static void check(Diagnostics diagnostics, Entity entity, Column column, AnnotationMirror mirror) {
        boolean known = column.type() != ColumnType.UNSUPPORTED;
        if (column.length() < 0) {
            negative(diagnostics, entity, column, mirror, "length", column.length());
        } else if (column.length() > 0 && known && column.type() != ColumnType.STRING) {
            misplaced(diagnostics, entity, column, mirror, "length", "length applies to String columns only; remove it");
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
        if (column.unique() && column.type() == ColumnType.BYTES) {
            diagnostics.error(entity, column.accessor(), mirror, "unique", Message.UNIQUE_BYTES,
                    entity.simpleName(), column.accessorName());
        }
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
