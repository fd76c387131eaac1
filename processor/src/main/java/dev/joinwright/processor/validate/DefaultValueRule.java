package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.DefaultValue;
import dev.joinwright.processor.model.Entity;

/**
 * {@code @Column(defaultValue)} fits the column's type: a boolean, a whole number in range, a
 * finite number (a decimal within its precision and scale), a string within its length, one of an
 * enum's constants, {@code CURRENT_DATE} or {@code CURRENT_TIMESTAMP} for the temporal types that
 * take one; never on an {@code @Id}.
 */
final class DefaultValueRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            for (Column column : entity.columns()) {
                column.defaultValue().ifPresent(text -> check(context.diagnostics(), entity, column, text));
            }
        }
    }

    private static void check(Diagnostics diagnostics, Entity entity, Column column, String text) {
        if (column.type() == ColumnType.UNSUPPORTED) {
            return; // reported by the type rule
        }
        String owner = entity.simpleName();
        String accessor = column.accessorName();
        String type = TypeNames.simple(column.javaType());
        if (column.id()) {
            error(diagnostics, entity, column, Message.DEFAULT_ON_ID, owner, accessor, text);
            return;
        }
        DefaultValue.parse(column, text).problem().ifPresent(problem -> {
            switch (problem) {
                case NOT_BOOLEAN -> error(diagnostics, entity, column, Message.DEFAULT_NOT_BOOLEAN, owner, accessor, text);
                case NOT_INTEGER -> {
                    long[] range = DefaultValue.range(column.type());
                    error(diagnostics, entity, column, Message.DEFAULT_NOT_INTEGER, owner, accessor, text, type,
                            range[0], range[1]);
                }
                case NOT_NUMBER -> error(diagnostics, entity, column, Message.DEFAULT_NOT_NUMBER, owner, accessor, text, type);
                case PAST_DECIMAL -> error(diagnostics, entity, column, Message.DEFAULT_PAST_DECIMAL, owner, accessor, text,
                        column.effectivePrecision(), column.effectiveScale(),
                        column.effectivePrecision() - column.effectiveScale());
                case TOO_LONG -> error(diagnostics, entity, column, Message.DEFAULT_TOO_LONG, owner, accessor, text,
                        column.effectiveLength(), text.codePointCount(0, text.length()));
                case NOT_CONSTANT -> error(diagnostics, entity, column, Message.DEFAULT_NOT_CONSTANT, owner, accessor, text,
                        type, Suggestions.hint(text, column.enumConstants(), "constants", type + " has no constants"));
                case NOT_CLOCK -> error(diagnostics, entity, column, Message.DEFAULT_NOT_CLOCK, owner, accessor, text, type,
                        DefaultValue.clockFor(column.type()).orElseThrow());
                case TYPE_HAS_NO_DEFAULT -> error(diagnostics, entity, column, Message.DEFAULT_TYPE_HAS_NONE, owner,
                        accessor, text, type);
            }
        });
    }

    private static void error(Diagnostics diagnostics, Entity entity, Column column, Message message, Object... args) {
        diagnostics.error(entity, column.accessor(), column.columnAnnotation().orElseThrow(), "defaultValue", message, args);
    }
}
