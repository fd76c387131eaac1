package dev.joinwright.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Relationship} accessor as written, before its kind is inferred.
 *
 * @param accessor the interface method
 * @param annotation the {@code @Relationship} annotation, to point errors at its values
 * @param name the accessor's name; the DAO's navigation method has the same name
 * @param returnType the accessor's return type as declared
 * @param cardinality the shape of the return type
 * @param nullable whether the accessor carries an annotation named {@code Nullable}
 * @param targetType the related type ({@code T} of {@code List<T>}, ...)
 * @param targetName qualified name of the related type, {@code ""} if it is not a declared type
 * @param backPopulates {@code @Relationship(backPopulates)}
 * @param secondary {@code @Relationship(secondary)}
 * @param foreignKey {@code @Relationship(foreignKey)}
 * @param orderBy {@code @Relationship(orderBy)}
 * @param joinColumn {@code @Relationship(joinColumn)}
 * @param inverseJoinColumn {@code @Relationship(inverseJoinColumn)}
 * @param nullableAnnotation the annotation named {@code Nullable} on the accessor, if any
 */
public record RelationshipDecl(
        ExecutableElement accessor,
        AnnotationMirror annotation,
        String name,
        TypeMirror returnType,
        Cardinality cardinality,
        boolean nullable,
        TypeMirror targetType,
        String targetName,
        String backPopulates,
        String secondary,
        String foreignKey,
        String orderBy,
        String joinColumn,
        String inverseJoinColumn,
        java.util.Optional<AnnotationMirror> nullableAnnotation) {

    public boolean isManyToMany() {
        return !secondary.isEmpty();
    }

    /** Whether a missing related row is allowed: {@code Optional<T>} or {@code @Nullable T}. */
    public boolean allowsAbsent() {
        return cardinality == Cardinality.OPTIONAL || (cardinality == Cardinality.ONE && nullable);
    }
}
