package dev.joinwright.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * An {@code @Unique} or {@code @Index} on an entity type, as written.
 *
 * @param kind which of the two
 * @param annotation the annotation, to point errors at its value
 * @param accessors the accessor names, in the order written
 */
public record TableConstraint(Kind kind, AnnotationMirror annotation, List<String> accessors) {

    /** A unique constraint or a plain index. */
    public enum Kind {
        UNIQUE("@Unique"),
        INDEX("@Index");

        private final String annotationName;

        Kind(String annotationName) {
            this.annotationName = annotationName;
        }

        /** {@code @Unique}, as messages name it. */
        public String annotationName() {
            return annotationName;
        }
    }

    public TableConstraint {
        accessors = List.copyOf(accessors);
    }

    /** The columns named, in order; names that are not columns of {@code entity} are left out. */
    public List<Column> columns(Entity entity) {
        return accessors.stream().flatMap(a -> entity.columnByAccessor(a).stream()).toList();
    }
}
