package dev.joinwright.processor.discover;

import dev.joinwright.processor.parse.Annotations;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether an entity's accessors and {@code @ForeignKey} targets all resolve. One that names a type
 * not generated yet (by another processor, in a later round) waits for that round instead of being
 * reported; in the last round whatever is still missing is reported as usual.
 */
public final class Completeness {
    private final Elements elements;

    public Completeness(Elements elements) {
        this.elements = elements;
    }

    public boolean isComplete(TypeElement entity) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(entity))) {
            if (hasError(method.getReturnType())) {
                return false;
            }
            Optional<TypeMirror> target = Annotations.find(method, Annotations.FOREIGN_KEY)
                    .flatMap(fk -> Annotations.type(elements, fk, "value"));
            if (target.isPresent() && hasError(target.get())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) type).getTypeArguments().stream().anyMatch(Completeness::hasError);
        }
        return false;
    }
}
