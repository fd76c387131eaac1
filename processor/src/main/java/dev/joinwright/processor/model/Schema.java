package dev.joinwright.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entities of one schema, sorted by qualified name so that everything derived from it is
 * deterministic: its own (whose tables its DDL creates and whose records and DAOs it has), and the
 * external ones it references, compiled in an earlier module and created by that module's schema
 * (their columns only: they are FK and relationship targets, never validated or generated here).
 */
public final class Schema {
    private final List<Entity> entities;
    private final List<Entity> external;
    private final Map<String, Entity> byName;

    public Schema(List<Entity> entities) {
        this(entities, List.of());
    }

    public Schema(List<Entity> entities, List<Entity> external) {
        this.entities = entities.stream().sorted(Comparator.comparing(Entity::qualifiedName)).toList();
        this.external = external.stream().sorted(Comparator.comparing(Entity::qualifiedName)).toList();
        this.byName = java.util.stream.Stream.concat(this.entities.stream(), this.external.stream())
                .collect(Collectors.toMap(Entity::qualifiedName, Function.identity(), (a, b) -> a));
    }

    /** The schema's own entities, sorted by qualified name. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entities of earlier modules that this schema's entities reference. */
    public List<Entity> external() {
        return external;
    }

    /** Whether {@code entity} belongs to an earlier module. */
    public boolean isExternal(Entity entity) {
        return external.contains(entity);
    }

    /** The entity with this qualified name, own or external. */
    public Optional<Entity> entity(String qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }
}
