package dev.joinwright.processor.model;

import java.util.Optional;

/**
 * A relationship with its kind inferred and its columns bound; built by {@link Binder} for a
 * schema that passed validation.
 *
 * @param owner the entity that declares the relationship accessor
 * @param decl the accessor as written
 * @param kind the inferred kind
 * @param target the related entity
 * @param foreignKey the FK column the relationship goes through: on {@code owner} for
 *     {@link RelationKind#MANY_TO_ONE}, on {@code target} for one-to-one and one-to-many; empty
 *     for many-to-many
 * @param association the association table of a many-to-many
 * @param ownerColumn for many-to-many, the association column that references {@code owner}
 * @param targetColumn for many-to-many, the association column that references {@code target}
 */
public record Relation(
        Entity owner,
        RelationshipDecl decl,
        RelationKind kind,
        Entity target,
        Optional<Column> foreignKey,
        Optional<AssociationTable> association,
        String ownerColumn,
        String targetColumn) {

    /** The accessor's name, also the name of the DAO's navigation method. */
    public String name() {
        return decl.name();
    }
}
