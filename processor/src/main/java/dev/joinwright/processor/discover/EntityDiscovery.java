package dev.joinwright.processor.discover;

import dev.joinwright.processor.parse.Annotations;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Finds this round's {@code @Entity} types, sorted by qualified name for deterministic output. */
public final class EntityDiscovery {
    private EntityDiscovery() {}

    public static List<TypeElement> entities(RoundEnvironment round, Elements elements) {
        TypeElement entity = elements.getTypeElement(Annotations.ENTITY);
        if (entity == null) {
            return List.of();
        }
        return ElementFilter.typesIn(round.getElementsAnnotatedWith(entity)).stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
                .toList();
    }
}
