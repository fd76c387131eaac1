package dev.joinwright.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The user's nullness, carried from the entity to the generated signatures: the same annotation
 * named {@code Nullable} (JSpecify's, JetBrains', the user's own) on the record's fields,
 * accessors, {@code withX} and builder parameters, and on DAO parameters that take a nullable
 * column's value. A type-use annotation goes on the type ({@code @Nullable String}); a
 * declaration annotation on the method, parameter or field where its {@code @Target} allows.
 */
final class Nullness {
    private final Optional<AnnotationMirror> annotation;

    private Nullness(Optional<AnnotationMirror> annotation) {
        this.annotation = annotation;
    }

    static Nullness of(Optional<AnnotationMirror> annotation) {
        return new Nullness(annotation);
    }

    static Nullness none() {
        return new Nullness(Optional.empty());
    }

    /** The type, annotated if the annotation is a type-use one. */
    TypeName type(TypeName type) {
        if (annotation.isPresent() && !type.isPrimitive() && targets(ElementType.TYPE_USE)) {
            return type.annotated(AnnotationSpec.get(annotation.get()));
        }
        return type;
    }

    /** A parameter of this nullness. */
    ParameterSpec parameter(TypeName type, String name) {
        ParameterSpec.Builder parameter = ParameterSpec.builder(type(type), name);
        declaration(ElementType.PARAMETER).ifPresent(parameter::addAnnotation);
        return parameter.build();
    }

    /** Adds the declaration form to a method returning a value of this nullness. */
    MethodSpec.Builder onMethod(MethodSpec.Builder method) {
        declaration(ElementType.METHOD).ifPresent(method::addAnnotation);
        return method;
    }

    /** The annotation for a declaration of this kind, if it is a declaration (not type-use) one. */
    Optional<AnnotationSpec> declaration(ElementType kind) {
        if (annotation.isEmpty() || targets(ElementType.TYPE_USE) || !targets(kind)) {
            return Optional.empty();
        }
        return Optional.of(AnnotationSpec.get(annotation.get()));
    }

    private boolean targets(ElementType kind) {
        Element type = annotation.orElseThrow().getAnnotationType().asElement();
        for (AnnotationMirror meta : type.getAnnotationMirrors()) {
            if (((javax.lang.model.element.TypeElement) meta.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals("java.lang.annotation.Target")) {
                for (AnnotationValue value : meta.getElementValues().values()) {
                    @SuppressWarnings("unchecked")
                    List<? extends AnnotationValue> kinds = value.getValue() instanceof List<?> l
                            ? (List<? extends AnnotationValue>) l : List.of(value);
                    if (kinds.stream().anyMatch(k -> k.getValue() instanceof VariableElement v
                            && v.getSimpleName().contentEquals(kind.name()))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return kind != ElementType.TYPE_USE && kind != ElementType.TYPE_PARAMETER; // no @Target: declarations
    }
}
