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
    public static final String UNIQUE = "dev.joinwright.Unique";
    public static final String INDEX = "dev.joinwright.Index";
    /** The value of {@code @Column(defaultValue)} that means "no default" ({@code Column.NO_DEFAULT}). */
    public static final String NO_DEFAULT = "[no default]";

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

    /**
     * Every annotation of a repeatable type on {@code element}, in the order written: the one
     * written alone, or those the compiler put in its container ({@code Unique.List}).
     */
    public static List<AnnotationMirror> findRepeatable(Element element, String annotationName) {
        List<AnnotationMirror> found = new java.util.ArrayList<>();
        String container = annotationName + ".List";
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(annotationName)) {
                found.add(mirror);
            } else if (name.equals(container)) {
                explicitValue(mirror, "value").ifPresent(value -> {
                    if (value.getValue() instanceof List<?> items) {
                        items.forEach(item -> found.add((AnnotationMirror) ((AnnotationValue) item).getValue()));
                    }
                });
            }
        }
        return found;
    }

    /** A {@code String[]}-valued attribute, in order (a single string written without braces included). */
    public static List<String> strings(Elements elements, AnnotationMirror mirror, String attribute) {
        Object value = value(elements, mirror, attribute).getValue();
        if (value instanceof List<?> items) {
            return items.stream().map(item -> ((AnnotationValue) item).getValue())
                    .map(v -> v instanceof String s ? s : "").toList();
        }
        return value instanceof String s ? List.of(s) : List.of();
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
