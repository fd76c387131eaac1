package dev.joinwright.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every entity of one compilation, sorted by qualified name so that everything derived from it is
 * deterministic.
 */
public final class Schema {
    private final List<Entity> entities;
    private final Map<String, Entity> byName;

    public Schema(List<Entity> entities) {
        this.entities = entities.stream().sorted(Comparator.comparing(Entity::qualifiedName)).toList();
        this.byName = this.entities.stream()
                .collect(Collectors.toMap(Entity::qualifiedName, Function.identity(), (a, b) -> a));
    }

    /** The entities, sorted by qualified name. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this qualified name, if it is one of this compilation's entities. */
    public Optional<Entity> entity(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }
}
