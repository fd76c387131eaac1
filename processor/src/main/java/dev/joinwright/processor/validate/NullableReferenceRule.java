package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.model.RelationshipDecl;

/**
 * A single-valued relationship that can find no row returns {@code Optional<T>} or
 * {@code @Nullable T}: a many-to-one through a nullable FK, and the parent side of a one-to-one.
 */
final class NullableReferenceRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity owner : context.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (!decl.cardinality().isCollection() && !decl.isManyToMany() && !decl.allowsAbsent()) {
                    context.binder().binding(decl).bound().ifPresent(relation -> check(context.diagnostics(), relation));
                }
            }
        }
    }

    private static void check(Diagnostics diagnostics, Relation relation) {
        Entity owner = relation.owner();
        RelationshipDecl decl = relation.decl();
        Column fk = relation.foreignKey().orElseThrow();
        if (relation.kind() == RelationKind.MANY_TO_ONE && !relation.foreignKeyNotNull()) {
            fk = relation.foreignKeyColumns().stream().filter(c -> !c.notNull()).findFirst().orElse(fk);
            diagnostics.error(owner, decl.accessor(), Message.NULLABLE_FOREIGN_KEY_NOT_OPTIONAL, owner.simpleName(),
                    decl.name(), fk.accessorName(), TypeNames.simple(decl.returnType()), relation.target().simpleName());
        } else if (relation.kind() == RelationKind.ONE_TO_ONE) {
            diagnostics.error(owner, decl.accessor(), Message.ONE_TO_ONE_INVERSE_NOT_OPTIONAL, owner.simpleName(),
                    decl.name(), relation.target().simpleName(), fk.accessorName(), TypeNames.simple(decl.returnType()));
        }
    }
}
