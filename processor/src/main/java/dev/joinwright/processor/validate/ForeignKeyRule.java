package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.ForeignKeyRef;
import dev.joinwright.processor.model.ReferentialAction;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;

/**
 * {@code @ForeignKey} references an entity of this compilation, through its {@code @Id} column,
 * with a matching Java type (boxed or not); {@code SET_NULL} only on a nullable column.
 */
final class ForeignKeyRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            for (Column column : entity.columns()) {
                column.foreignKey().ifPresent(fk -> check(context, entity, column, fk));
            }
        }
    }

    private static void check(ValidationContext context, Entity entity, Column column, ForeignKeyRef fk) {
        Diagnostics diagnostics = context.diagnostics();
        checkAction(diagnostics, entity, column, fk, "onDelete", fk.onDelete());
        checkAction(diagnostics, entity, column, fk, "onUpdate", fk.onUpdate());
        Optional<Entity> target = context.schema().entity(fk.targetName());
        if (target.isEmpty()) {
            String written = fk.target() == null || fk.target().getKind() == TypeKind.ERROR
                    ? "a type that does not resolve" : TypeNames.simple(fk.target());
            String entities = context.schema().entities().stream()
                    .map(Entity::simpleName).collect(Collectors.joining(", "));
            diagnostics.error(entity, column.accessor(), fk.annotation(), "value",
                    Message.FOREIGN_KEY_TARGET_NOT_ENTITY, entity.simpleName(), column.accessorName(), written, entities);
            return;
        }
        Optional<Column> id = target.get().id();
        if (id.isEmpty()) {
            return; // IdRule reports the target
        }
        if (!fk.column().isEmpty() && !checkColumn(diagnostics, entity, column, fk, target.get(), id.get())) {
            return;
        }
        if (column.type() != ColumnType.UNSUPPORTED && !sameKeyType(context, column, id.get())) {
            diagnostics.error(entity, column.accessor(), Message.FOREIGN_KEY_TYPE_MISMATCH,
                    entity.simpleName(), column.accessorName(), TypeNames.simple(column.javaType()),
                    target.get().simpleName(), id.get().accessorName(), TypeNames.simple(id.get().javaType()));
        }
    }

    /** Whether the written {@code column} is the target's id column; reports if not. */
    private static boolean checkColumn(Diagnostics diagnostics, Entity entity, Column column, ForeignKeyRef fk,
            Entity target, Column id) {
        Optional<Column> named = target.column(fk.column());
        if (named.isEmpty()) {
            String hint = Suggestions.hint(fk.column(), target.columns().stream().map(Column::name).toList(),
                    "columns of " + target.simpleName(), "reference the @Id column " + id.name());
            diagnostics.error(entity, column.accessor(), fk.annotation(), "column", Message.FOREIGN_KEY_COLUMN_MISSING,
                    entity.simpleName(), column.accessorName(), fk.column(), target.simpleName(), hint);
            return false;
        }
        if (!named.get().id()) {
            diagnostics.error(entity, column.accessor(), fk.annotation(), "column", Message.FOREIGN_KEY_COLUMN_NOT_ID,
                    entity.simpleName(), column.accessorName(), fk.column(), target.simpleName(), id.name());
            return false;
        }
        return true;
    }

    private static boolean sameKeyType(ValidationContext context, Column column, Column id) {
        if (column.type() != id.type()) {
            return false;
        }
        if (column.type().hasPrimitive()) {
            return true; // long and Long both store a BIGINT
        }
        return context.types().isSameType(
                context.types().erasure(column.javaType()), context.types().erasure(id.javaType()));
    }

    private static void checkAction(Diagnostics diagnostics, Entity entity, Column column, ForeignKeyRef fk,
            String attribute, ReferentialAction action) {
        if (action == ReferentialAction.SET_NULL && column.notNull()) {
            diagnostics.error(entity, column.accessor(), fk.annotation(), attribute, Message.SET_NULL_ON_NOT_NULL,
                    entity.simpleName(), column.accessorName(), attribute);
        }
    }
}
