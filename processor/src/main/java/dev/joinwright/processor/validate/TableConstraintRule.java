package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.TableConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code @Unique} and {@code @Index} name at least one accessor, each once, every one a column of
 * the entity (not a relationship, not a {@code byte[]}); no two of one kind name the same columns
 * in the same order (a single-column {@code @Unique} also repeats {@code @Column(unique = true)}).
 */
final class TableConstraintRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            List<List<String>> seenUniques = new ArrayList<>();
            entity.columns().stream().filter(c -> c.unique() && !c.id())
                    .forEach(c -> seenUniques.add(List.of(c.accessorName())));
            List<List<String>> seenIndexes = new ArrayList<>();
            for (TableConstraint constraint : entity.constraints()) {
                if (check(context.diagnostics(), entity, constraint)) {
                    duplicate(context.diagnostics(), entity, constraint,
                            constraint.kind() == TableConstraint.Kind.UNIQUE ? seenUniques : seenIndexes);
                }
            }
        }
    }

    /** Whether the constraint's names are all columns, each once. */
    private static boolean check(Diagnostics diagnostics, Entity entity, TableConstraint constraint) {
        String annotation = constraint.kind().annotationName();
        if (constraint.accessors().isEmpty()) {
            String example = entity.columns().stream().filter(c -> !c.id()).findFirst()
                    .or(() -> entity.columns().stream().findFirst()).map(Column::accessorName).orElse("name");
            error(diagnostics, entity, constraint, Message.CONSTRAINT_EMPTY, annotation, entity.simpleName(), example);
            return false;
        }
        boolean valid = true;
        Set<String> named = new HashSet<>();
        List<String> columns = entity.columns().stream().map(Column::accessorName).toList();
        for (String accessor : constraint.accessors()) {
            if (!named.add(accessor)) {
                error(diagnostics, entity, constraint, Message.CONSTRAINT_REPEATS_COLUMN, annotation, entity.simpleName(),
                        accessor);
                valid = false;
            } else if (entity.relationship(accessor).isPresent()) {
                String foreignKeys = foreignKeysFor(entity, accessor);
                error(diagnostics, entity, constraint, Message.CONSTRAINT_NAMES_RELATIONSHIP, annotation,
                        entity.simpleName(), accessor, foreignKeys);
                valid = false;
            } else if (entity.columnByAccessor(accessor).isEmpty()) {
                error(diagnostics, entity, constraint, Message.CONSTRAINT_UNKNOWN_ACCESSOR, annotation, entity.simpleName(),
                        accessor, Suggestions.hint(accessor, columns, "column accessors of " + entity.simpleName(),
                                entity.simpleName() + " has no columns"));
                valid = false;
            } else if (entity.columnByAccessor(accessor).orElseThrow().type() == ColumnType.BYTES) {
                error(diagnostics, entity, constraint, Message.CONSTRAINT_BYTES, annotation, entity.simpleName(), accessor);
                valid = false;
            }
        }
        return valid;
    }

    /** {@code ; the FK column of owner is "ownerId"}, when the relationship goes through one of this entity's. */
    private static String foreignKeysFor(Entity entity, String relationship) {
        String target = entity.relationship(relationship).orElseThrow().targetName();
        List<String> foreignKeys = entity.foreignKeysTo(target).stream().map(c -> "\"" + c.accessorName() + "\"").toList();
        return foreignKeys.isEmpty() ? "" : "; the foreign-key column to " + simpleName(target) + ": "
                + String.join(" or ", foreignKeys);
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    private static void duplicate(Diagnostics diagnostics, Entity entity, TableConstraint constraint,
            List<List<String>> seen) {
        List<String> accessors = constraint.accessors();
        String list = String.join(", ", accessors.stream().map(a -> "\"" + a + "\"").toList());
        if (seen.contains(accessors)) {
            boolean column = constraint.kind() == TableConstraint.Kind.UNIQUE && accessors.size() == 1
                    && entity.columnByAccessor(accessors.get(0)).map(Column::unique).orElse(false);
            String other = column ? "@Column(unique = true) on " + accessors.get(0)
                    : "another " + constraint.kind().annotationName() + " with the same columns in the same order";
            error(diagnostics, entity, constraint, Message.CONSTRAINT_DUPLICATE, constraint.kind().annotationName(),
                    entity.simpleName(), list, other);
        } else {
            seen.add(accessors);
        }
    }

    private static void error(Diagnostics diagnostics, Entity entity, TableConstraint constraint, Message message,
            Object... args) {
        diagnostics.error(entity, entity.element(), constraint.annotation(), "value", message, args);
    }
}
