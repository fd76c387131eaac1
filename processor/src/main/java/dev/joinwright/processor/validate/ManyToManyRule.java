package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.Binder;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Many-to-many declarations agree on their association table: {@code secondary} only on a
 * collection, not an entity's table, the same on both sides of a pair, one shape per name; the two
 * columns differ, and a self-reference names them. {@code joinColumn} needs {@code secondary}.
 */
final class ManyToManyRule implements Rule {
    private record Declaration(Entity owner, RelationshipDecl decl, AssociationTable table) {}

    @Override
    public void check(ValidationContext context) {
        Map<String, Declaration> tables = new HashMap<>();
        for (Entity owner : context.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (!decl.isManyToMany()) {
                    joinColumnsWithoutSecondary(context.diagnostics(), owner, decl);
                    continue;
                }
                Optional<Entity> target = context.binder().binding(decl).target();
                if (target.isEmpty()) {
                    continue; // RelationshipTargetRule
                }
                if (checkDeclaration(context, owner, decl, target.get()) && owner.id().isPresent()
                        && target.get().id().isPresent()) {
                    compareTables(context.diagnostics(), tables,
                            new Declaration(owner, decl, context.binder().associationTable(owner, decl, target.get())));
                }
            }
        }
    }

    /** Checks one declaration; whether its association table is well-formed enough to compare. */
    private static boolean checkDeclaration(ValidationContext context, Entity owner, RelationshipDecl decl, Entity target) {
        Diagnostics diagnostics = context.diagnostics();
        if (!decl.cardinality().isCollection()) {
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "secondary", Message.SECONDARY_ON_SINGLE,
                    owner.simpleName(), decl.name(), decl.secondary(), TypeNames.simple(decl.returnType()), target.simpleName());
            return false;
        }
        Optional<Entity> object = context.binder().associationObject(decl);
        if (object.isPresent() && !checkAssociationObject(context, owner, decl, target, object.get())) {
            return false;
        }
        target.relationship(decl.backPopulates())
                .filter(other -> other.isManyToMany() && !other.secondary().equalsIgnoreCase(decl.secondary()))
                .ifPresent(other -> diagnostics.error(owner, decl.accessor(), decl.annotation(), "secondary",
                        Message.SECONDARY_MISMATCH, owner.simpleName(), decl.name(), decl.secondary(),
                        target.simpleName(), other.name(), other.secondary()));
        for (Entity side : owner == target ? java.util.List.of(owner) : java.util.List.of(owner, target)) {
            if (side.compositeKey()) {
                diagnostics.error(owner, decl.accessor(), decl.annotation(), "secondary",
                        Message.MANY_TO_MANY_COMPOSITE_KEY, owner.simpleName(), decl.name(), side.simpleName(),
                        side.key().stream().map(dev.joinwright.processor.model.Column::accessorName)
                                .collect(java.util.stream.Collectors.joining(", ")));
                return false;
            }
        }
        if (owner == target && (decl.joinColumn().isEmpty() || decl.inverseJoinColumn().isEmpty())) {
            diagnostics.error(owner, decl.accessor(), Message.SELF_MANY_TO_MANY_COLUMNS, owner.simpleName(), decl.name());
            return false;
        }
        String ownerColumn = Binder.ownerColumn(owner, decl);
        if (ownerColumn.equalsIgnoreCase(Binder.targetColumn(decl, target))) {
            String attribute = decl.inverseJoinColumn().isEmpty() ? "joinColumn" : "inverseJoinColumn";
            diagnostics.error(owner, decl.accessor(), decl.annotation(), attribute, Message.SAME_JOIN_COLUMNS,
                    owner.simpleName(), decl.name(), ownerColumn, decl.secondary());
            return false;
        }
        return true;
    }

    /**
     * An association object ({@code secondary} naming an entity's table) has exactly one simple FK to
     * each side, and its columns are its own: no {@code joinColumn}s.
     */
    private static boolean checkAssociationObject(ValidationContext context, Entity owner, RelationshipDecl decl,
            Entity target, Entity object) {
        Diagnostics diagnostics = context.diagnostics();
        for (Entity side : owner == target ? java.util.List.of(owner) : java.util.List.of(owner, target)) {
            int count = object.foreignKeysTo(side.qualifiedName()).size();
            if (owner == target || count != 1 || side.compositeKey()) {
                diagnostics.error(owner, decl.accessor(), decl.annotation(), "secondary",
                        Message.ASSOCIATION_OBJECT_FOREIGN_KEYS, owner.simpleName(), decl.name(), decl.secondary(),
                        object.simpleName(), count == 0 ? "no" : String.valueOf(count), side.simpleName(),
                        suggestedName(context, owner, target));
                return false;
            }
        }
        for (String attribute : new String[] {"joinColumn", "inverseJoinColumn"}) {
            if (!(attribute.equals("joinColumn") ? decl.joinColumn() : decl.inverseJoinColumn()).isEmpty()) {
                diagnostics.error(owner, decl.accessor(), decl.annotation(), attribute,
                        Message.ASSOCIATION_OBJECT_JOIN_COLUMN, owner.simpleName(), decl.name(), attribute,
                        decl.secondary(), object.simpleName());
                return false;
            }
        }
        return true;
    }

    private static void compareTables(Diagnostics diagnostics, Map<String, Declaration> tables, Declaration declaration) {
        Declaration first = tables.putIfAbsent(declaration.table().name().toLowerCase(Locale.ROOT), declaration);
        if (first == null || sameShape(first.table(), declaration.table())) {
            return;
        }
        RelationshipDecl decl = declaration.decl();
        diagnostics.error(declaration.owner(), decl.accessor(), decl.annotation(), "secondary",
                Message.SECONDARY_CONFLICT, declaration.owner().simpleName(), decl.name(), decl.secondary(),
                describe(declaration.table()), first.owner().simpleName(), first.decl().name(), describe(first.table()));
    }

    private static boolean sameShape(AssociationTable a, AssociationTable b) {
        return a.first() == b.first() && a.second() == b.second()
                && a.firstColumn().equalsIgnoreCase(b.firstColumn())
                && a.secondColumn().equalsIgnoreCase(b.secondColumn());
    }

    private static String describe(AssociationTable table) {
        return "(%s -> %s, %s -> %s)".formatted(table.firstColumn(), table.first().simpleName(),
                table.secondColumn(), table.second().simpleName());
    }

    /** {@code <owner>_<target>}, or a variant of it that no entity's table already uses. */
    static String suggestedName(ValidationContext context, Entity owner, Entity target) {
        String base = owner.table().toLowerCase(Locale.ROOT) + "_" + target.table().toLowerCase(Locale.ROOT);
        java.util.Set<String> tables = new java.util.HashSet<>();
        context.schema().entities().forEach(e -> tables.add(e.table().toLowerCase(Locale.ROOT)));
        String name = base;
        for (String suffix : new String[] {"_links", "_map"}) {
            if (!tables.contains(name)) {
                break;
            }
            name = base + suffix;
        }
        for (int n = 2; tables.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static void joinColumnsWithoutSecondary(Diagnostics diagnostics, Entity owner, RelationshipDecl decl) {
        for (String attribute : new String[] {"joinColumn", "inverseJoinColumn"}) {
            String value = attribute.equals("joinColumn") ? decl.joinColumn() : decl.inverseJoinColumn();
            if (!value.isEmpty()) {
                diagnostics.error(owner, decl.accessor(), decl.annotation(), attribute,
                        Message.JOIN_COLUMN_WITHOUT_SECONDARY, owner.simpleName(), decl.name(), attribute);
            }
        }
    }
}
