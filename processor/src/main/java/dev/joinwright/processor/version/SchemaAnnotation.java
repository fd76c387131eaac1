package dev.joinwright.processor.version;

import dev.joinwright.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Schema(version, drops)} as written on one interface, read once through its mirror, with
 * the annotation to point errors at.
 *
 * @param element the annotated interface
 * @param annotation the {@code @Schema} mirror
 * @param version the version
 * @param drops the acknowledged drops, as written
 */
public record SchemaAnnotation(TypeElement element, AnnotationMirror annotation, int version, List<String> drops) {
    /** The annotation's qualified name. */
    public static final String NAME = "dev.joinwright.Schema";
    static final String VERSION = "version";
    static final String DROPS = "drops";

    public SchemaAnnotation {
        drops = List.copyOf(drops);
    }

    /** The {@code @Schema} of {@code type}, if it has one. */
    public static Optional<SchemaAnnotation> of(TypeElement type) {
        return Annotations.find(type, NAME).map(mirror -> {
            int version = Annotations.explicitValue(mirror, VERSION)
                    .map(AnnotationValue::getValue)
                    .filter(Integer.class::isInstance).map(Integer.class::cast).orElse(0);
            List<String> drops = new ArrayList<>();
            Annotations.explicitValue(mirror, DROPS).ifPresent(value -> {
                if (value.getValue() instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof AnnotationValue v && v.getValue() instanceof String s) {
                            drops.add(s.trim());
                        }
                    }
                }
            });
            return new SchemaAnnotation(type, mirror, version, drops);
        });
    }

    /** The schema class it names: {@code UniversitySchema} beside {@code University}. */
    public String schemaClass() {
        javax.lang.model.element.Element e = element;
        while (!(e instanceof javax.lang.model.element.PackageElement)) {
            e = e.getEnclosingElement();
        }
        String pkg = ((javax.lang.model.element.PackageElement) e).getQualifiedName().toString();
        return (pkg.isEmpty() ? "" : pkg + ".") + element.getSimpleName() + "Schema";
    }
}
