package dev.joinwright.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A validated schema with every relationship bound: what the writers read.
 *
 * @param schema the entities
 * @param relations every relationship of every entity, in entity then declaration order
 * @param associations the many-to-many association tables, sorted by name
 */
public record BoundSchema(Schema schema, List<Relation> relations, List<AssociationTable> associations) {

    public BoundSchema {
        relations = List.copyOf(relations);
        associations = List.copyOf(associations);
    }

    public List<Entity> entities() {
        return schema.entities();
    }

    /** The relationships declared on {@code owner}, in declaration order. */
    public List<Relation> relationsOf(Entity owner) {
        return relations.stream().filter(r -> r.owner() == owner).toList();
    }

    /** The other side named by {@code backPopulates}, if any. */
    public Optional<Relation> inverse(Relation relation) {
        String back = relation.decl().backPopulates();
        if (back.isEmpty()) {
            return Optional.empty();
        }
        return relations.stream()
                .filter(r -> r.owner() == relation.target() && r.name().equals(back))
                .findFirst();
    }
}
