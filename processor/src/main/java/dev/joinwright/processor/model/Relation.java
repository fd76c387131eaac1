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
 * @param foreignKeyColumns every column of the FK the relationship goes through, in the order of the
 *     referenced key ({@code foreignKey} is the first); several for a composite FK, none for many-to-many
 */
public record Relation(
        Entity owner,
        RelationshipDecl decl,
        RelationKind kind,
        Entity target,
        Optional<Column> foreignKey,
        Optional<AssociationTable> association,
        String ownerColumn,
        String targetColumn,
        java.util.List<Column> foreignKeyColumns) {

    public Relation {
        foreignKeyColumns = java.util.List.copyOf(foreignKeyColumns);
    }

    /** Whether the relationship goes through a composite FK. */
    public boolean compositeForeignKey() {
        return foreignKeyColumns.size() > 1;
    }

    /** Whether every FK column is NOT NULL (a composite FK with a NULL part references no row). */
    public boolean foreignKeyNotNull() {
        return foreignKeyColumns.stream().allMatch(Column::notNull);
    }

    /** The accessor's name, also the name of the DAO's navigation method. */
    public String name() {
        return decl.name();
    }
}
