package dev.joinwright.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @ForeignKey} as written on an accessor.
 *
 * @param annotation the annotation, to point errors at its values
 * @param target the referenced type as written
 * @param targetName qualified name of the referenced type ({@code ""} if it is not a declared type)
 * @param column the referenced column as written, {@code ""} for the target's id column
 * @param onDelete the {@code ON DELETE} action
 * @param onUpdate the {@code ON UPDATE} action
 */
public record ForeignKeyRef(
        AnnotationMirror annotation,
        TypeMirror target,
        String targetName,
        String column,
        ReferentialAction onDelete,
        ReferentialAction onUpdate) {}
