package dev.joinwright.processor.discover;

import dev.joinwright.processor.parse.Annotations;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Finds this round's {@code @Queries} types, sorted by qualified name for deterministic output. */
public final class QueryDiscovery {
    private QueryDiscovery() {}

    public static List<TypeElement> interfaces(RoundEnvironment round, Elements elements) {
        TypeElement queries = elements.getTypeElement(Annotations.QUERIES);
        if (queries == null) {
            return List.of();
        }
        return ElementFilter.typesIn(round.getElementsAnnotatedWith(queries)).stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
                .toList();
    }
}
