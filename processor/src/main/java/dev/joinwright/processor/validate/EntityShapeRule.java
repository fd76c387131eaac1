package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Entity;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/** {@code @Entity} goes on a public, non-generic interface whose abstract methods are accessors. */
final class EntityShapeRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        Diagnostics diagnostics = context.diagnostics();
        for (Entity entity : context.entities()) {
            if (entity.kind() != ElementKind.INTERFACE) {
                diagnostics.error(entity, entity.element(), Message.ENTITY_NOT_INTERFACE,
                        entity.simpleName(), article(entity.kind()));
            }
            if (entity.generic()) {
                diagnostics.error(entity, entity.element(), Message.ENTITY_GENERIC, entity.simpleName());
            }
            if (entity.kind() == ElementKind.INTERFACE && !entity.isPublic()) {
                diagnostics.error(entity, entity.element(), Message.ENTITY_NOT_PUBLIC, entity.simpleName());
            }
            for (ExecutableElement method : entity.malformedAccessors()) {
                diagnostics.error(entity, method, Message.MALFORMED_ACCESSOR,
                        entity.simpleName(), method.getSimpleName(), problem(method));
            }
        }
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return (name.startsWith("a") || name.startsWith("e") || name.startsWith("i") ? "an " : "a ") + name;
    }

    private static String problem(ExecutableElement method) {
        if (!method.getParameters().isEmpty()) {
            return "it takes parameters";
        }
        if (!method.getTypeParameters().isEmpty()) {
            return "it declares type parameters";
        }
        return method.getReturnType().getKind() == TypeKind.VOID ? "it returns void" : "unexpected shape";
    }
}
