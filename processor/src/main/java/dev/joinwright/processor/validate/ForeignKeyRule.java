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
            compositeSets(context, entity);
        }
    }

    /**
     * The accessors of {@code entity} that reference one composite-keyed target form one FK: they
     * must name each key column of the target exactly once, with the same actions.
     */
    private static void compositeSets(ValidationContext context, Entity entity) {
        java.util.Map<String, java.util.List<Column>> byTarget = new java.util.LinkedHashMap<>();
        for (Column column : entity.columns()) {
            column.foreignKey().ifPresent(fk -> byTarget.computeIfAbsent(fk.targetName(), t -> new java.util.ArrayList<>())
                    .add(column));
        }
        byTarget.forEach((targetName, columns) -> context.schema().entity(targetName)
                .filter(Entity::compositeKey)
                .ifPresent(target -> checkCompositeSet(context.diagnostics(), entity, target, columns)));
    }

    private static void checkCompositeSet(Diagnostics diagnostics, Entity entity, Entity target, java.util.List<Column> columns) {
        java.util.List<String> named = new java.util.ArrayList<>();
        for (Column column : columns) {
            String written = column.foreignKey().orElseThrow().column();
            Optional<Column> key = target.column(written).filter(Column::id);
            if (key.isEmpty()) {
                return; // reported on the accessor
            }
            named.add(key.get().name());
        }
        String accessors = columns.stream().map(Column::accessorName).collect(Collectors.joining(", "));
        java.util.List<String> keyColumns = target.key().stream().map(Column::name).toList();
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>(named);
        if (distinct.size() != named.size() || !distinct.containsAll(keyColumns)) {
            java.util.List<String> missing = keyColumns.stream().filter(k -> !distinct.contains(k)).toList();
            String hint = missing.isEmpty()
                    ? "reference each key column from one accessor only"
                    : "add an accessor `@ForeignKey(value = " + target.simpleName() + ".class, column = \"" + missing.get(0)
                            + "\")` for each key column not yet referenced: " + String.join(", ", missing);
            diagnostics.error(entity, columns.get(0).accessor(), Message.COMPOSITE_FOREIGN_KEY_PARTIAL, entity.simpleName(),
                    target.simpleName(), accessors, "(" + String.join(", ", named) + ")",
                    String.join(", ", keyColumns), hint);
            return;
        }
        for (String attribute : new String[] {"onDelete", "onUpdate"}) {
            java.util.Set<ReferentialAction> actions = new java.util.LinkedHashSet<>();
            columns.forEach(c -> actions.add(attribute.equals("onDelete")
                    ? c.foreignKey().orElseThrow().onDelete() : c.foreignKey().orElseThrow().onUpdate()));
            if (actions.size() > 1) {
                diagnostics.error(entity, columns.get(0).accessor(), Message.COMPOSITE_FOREIGN_KEY_ACTIONS,
                        entity.simpleName(), target.simpleName(), accessors, attribute,
                        actions.stream().map(Enum::name).collect(Collectors.joining(", ")));
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
        if (target.get().compositeKey()) {
            checkCompositePart(context, entity, column, fk, target.get());
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

    /** One accessor of a composite FK: it names a key column of the target, of the same type. */
    private static void checkCompositePart(ValidationContext context, Entity entity, Column column, ForeignKeyRef fk,
            Entity target) {
        Diagnostics diagnostics = context.diagnostics();
        String key = target.key().stream().map(Column::name).collect(Collectors.joining(", "));
        if (fk.column().isEmpty()) {
            diagnostics.error(entity, column.accessor(), fk.annotation(), "value",
                    Message.COMPOSITE_FOREIGN_KEY_COLUMN_REQUIRED, entity.simpleName(), column.accessorName(),
                    target.simpleName(), key);
            return;
        }
        Optional<Column> named = target.column(fk.column());
        if (named.isEmpty()) {
            String hint = Suggestions.hint(fk.column(), target.key().stream().map(Column::name).toList(),
                    "key columns of " + target.simpleName(), "reference one of the key columns " + key);
            diagnostics.error(entity, column.accessor(), fk.annotation(), "column", Message.FOREIGN_KEY_COLUMN_MISSING,
                    entity.simpleName(), column.accessorName(), fk.column(), target.simpleName(), hint);
            return;
        }
        if (!named.get().id()) {
            diagnostics.error(entity, column.accessor(), fk.annotation(), "column",
                    Message.COMPOSITE_FOREIGN_KEY_COLUMN_NOT_KEY, entity.simpleName(), column.accessorName(), fk.column(),
                    target.simpleName(), key);
            return;
        }
        if (column.type() != ColumnType.UNSUPPORTED && !sameKeyType(context, column, named.get())) {
            diagnostics.error(entity, column.accessor(), Message.FOREIGN_KEY_TYPE_MISMATCH,
                    entity.simpleName(), column.accessorName(), TypeNames.simple(column.javaType()),
                    target.simpleName(), named.get().accessorName(), TypeNames.simple(named.get().javaType()));
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
