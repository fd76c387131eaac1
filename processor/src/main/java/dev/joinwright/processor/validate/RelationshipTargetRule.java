package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.stream.Collectors;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * A {@code @Relationship} returns an entity of this compilation as {@code T}, {@code Optional<T>},
 * {@code List<T>}, {@code Set<T>} or {@code Collection<T>}; not a scalar, not a {@code Map}.
 */
final class RelationshipTargetRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity owner : context.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (context.binder().binding(decl).target().isPresent()) {
                    continue;
                }
                if (isUnsupportedContainer(decl)) {
                    context.diagnostics().error(owner, decl.accessor(), Message.RELATIONSHIP_UNSUPPORTED_CONTAINER,
                            owner.simpleName(), decl.name(), TypeNames.simple(decl.returnType()));
                } else {
                    String entities = context.schema().entities().stream()
                            .map(Entity::simpleName).collect(Collectors.joining(", "));
                    String target = decl.targetType().getKind() == TypeKind.ERROR
                            ? "a type that does not resolve" : TypeNames.simple(decl.targetType());
                    context.diagnostics().error(owner, decl.accessor(), Message.RELATIONSHIP_TARGET_NOT_ENTITY,
                            owner.simpleName(), decl.name(), TypeNames.simple(decl.returnType()), target, entities);
                }
            }
        }
    }

    /** A generic type that is none of the supported wrappers, such as {@code Map<K, V>}. */
    private static boolean isUnsupportedContainer(RelationshipDecl decl) {
        return decl.cardinality() == Cardinality.ONE
                && decl.returnType().getKind() == TypeKind.DECLARED
                && !((DeclaredType) decl.returnType()).getTypeArguments().isEmpty();
    }
}
