package dev.joinwright.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One relationship declaration after binding: {@link Bound} to its FK column or association
 * table, or {@link Unbound} with the reason and the candidates the binder saw. The binder
 * decides once; validation rules read the result and the writers only ever see bound ones.
 */
public sealed interface Binding permits Binding.Bound, Binding.Unbound {
    Entity owner();

    RelationshipDecl decl();

    /** The related entity, when the declared type is one of the schema's entities. */
    Optional<Entity> target();

    /** Why a declaration could not be bound. */
    enum Reason {
        /** The element type is not an entity of the schema (or not an entity at all). */
        TARGET_NOT_ENTITY,
        /** The owner or the target has no {@code @Id}. */
        NO_KEY,
        /** {@code secondary} names an entity's table, and that entity lacks a single FK to one side. */
        ASSOCIATION_OBJECT_FOREIGN_KEYS,
        /** {@code secondary} on a relationship that is not a collection. */
        SECONDARY_ON_SINGLE,
        /** No FK column between the two entities can carry the relationship. */
        NO_FOREIGN_KEY,
        /** Several FK columns could, and nothing picks one. */
        AMBIGUOUS_FOREIGN_KEY,
        /** {@code foreignKey} names none of the candidates. */
        FOREIGN_KEY_NOT_CANDIDATE
    }

    /** A relationship whose kind is inferred and whose columns are bound. */
    record Bound(Relation relation) implements Binding {
        @Override
        public Entity owner() {
            return relation.owner();
        }

        @Override
        public RelationshipDecl decl() {
            return relation.decl();
        }

        @Override
        public Optional<Entity> target() {
            return Optional.of(relation.target());
        }
    }

    /**
     * A relationship that cannot be bound.
     *
     * @param candidates the FK columns that could have carried it (empty for many-to-many)
     */
    record Unbound(Entity owner, RelationshipDecl decl, Optional<Entity> target, Reason reason,
            List<Column> candidates) implements Binding {
        public Unbound {
            candidates = List.copyOf(candidates);
        }
    }

    /** The bound relation, if this binding is one. */
    default Optional<Relation> bound() {
        return this instanceof Bound b ? Optional.of(b.relation()) : Optional.empty();
    }
}
