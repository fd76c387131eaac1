package dev.joinwright.processor.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Joinwright's annotations through mirrors, so that the processor never needs the
 * annotation classes and {@code Class}-valued attributes never throw
 * {@code MirroredTypeException}.
 */
public final class Annotations {
    public static final String ENTITY = "dev.joinwright.Entity";
    public static final String ID = "dev.joinwright.Id";
    public static final String COLUMN = "dev.joinwright.Column";
    public static final String FOREIGN_KEY = "dev.joinwright.ForeignKey";
    public static final String RELATIONSHIP = "dev.joinwright.Relationship";
    public static final String QUERIES = "dev.joinwright.Queries";
    public static final String QUERY = "dev.joinwright.Query";

    private Annotations() {}

    /** The annotation of this type on {@code element}. */
    public static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether any annotation named {@code Nullable} is on the element or on one of the types. */
    public static boolean isNullable(Element element, TypeMirror... types) {
        return nullable(element, types).isPresent();
    }

    /**
     * The annotation named {@code Nullable} on the element or on one of the types (the accessor's
     * return type as declared and as a member of the entity), the one the generated code repeats.
     */
    public static Optional<AnnotationMirror> nullable(Element element, TypeMirror... types) {
        Optional<AnnotationMirror> found = withSimpleName(element.getAnnotationMirrors(), "Nullable");
        for (TypeMirror type : types) {
            found = found.or(() -> withSimpleName(type.getAnnotationMirrors(), "Nullable"));
        }
        return found;
    }

    private static Optional<AnnotationMirror> withSimpleName(List<? extends AnnotationMirror> mirrors, String simpleName) {
        return mirrors.stream()
                .filter(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName))
                .map(m -> (AnnotationMirror) m)
                .findFirst();
    }

    /** The value of {@code attribute}, with the annotation's default filled in. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException(mirror + " has no attribute " + attribute);
    }

    /** The value as written, if it was written explicitly (for pointing errors at it). */
    public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(attribute))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst();
    }

    public static String string(Elements elements, AnnotationMirror mirror, String attribute) {
        Object value = value(elements, mirror, attribute).getValue();
        return value instanceof String s ? s : "";
    }

    public static int integer(Elements elements, AnnotationMirror mirror, String attribute) {
        Object value = value(elements, mirror, attribute).getValue();
        return value instanceof Integer i ? i : 0;
    }

    public static boolean bool(Elements elements, AnnotationMirror mirror, String attribute) {
        return Boolean.TRUE.equals(value(elements, mirror, attribute).getValue());
    }

    /** A {@code Class}-valued attribute, as a type mirror (an error type if it did not resolve). */
    public static Optional<TypeMirror> type(Elements elements, AnnotationMirror mirror, String attribute) {
        Object value = value(elements, mirror, attribute).getValue();
        return value instanceof TypeMirror t ? Optional.of(t) : Optional.empty();
    }

    /** An enum-valued attribute, as the constant's name. */
    public static String enumConstant(Elements elements, AnnotationMirror mirror, String attribute) {
        Object value = value(elements, mirror, attribute).getValue();
        return value instanceof VariableElement v ? v.getSimpleName().toString() : "";
    }
}
