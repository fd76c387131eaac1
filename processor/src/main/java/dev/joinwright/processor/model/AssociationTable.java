package dev.joinwright.processor.model;

/**
 * The table a many-to-many goes through. Either generated: {@code PRIMARY KEY (firstColumn,
 * secondColumn)}, an FK from each column to its entity's key ({@code ON DELETE CASCADE}), and an
 * index on the second column (the first one leads the primary key); or the table of an association
 * object ({@code entity}), an entity with exactly one FK to each side, whose DDL is its own.
 *
 * @param name the table name, from {@code @Relationship(secondary)}
 * @param first the entity referenced by the first column
 * @param firstColumn the first column's name
 * @param second the entity referenced by the second column
 * @param secondColumn the second column's name
 * @param entity the association object whose table this is, or empty for a generated table
 */
public record AssociationTable(String name, Entity first, String firstColumn, Entity second, String secondColumn,
        java.util.Optional<Entity> entity) {

    /** A generated association table. */
    public AssociationTable(String name, Entity first, String firstColumn, Entity second, String secondColumn) {
        this(name, first, firstColumn, second, secondColumn, java.util.Optional.empty());
    }

    /** Whether this is an association object's table rather than a generated one. */
    public boolean isEntityTable() {
        return entity.isPresent();
    }

    /**
     * Whether links can be written as rows of just the two key columns: the table is generated, or the
     * association object is keyed by exactly its two FK columns and every other column is nullable or
     * has a default ({@code @Column(defaultValue)}), which the database fills in.
     */
    public boolean linkable() {
        if (entity.isEmpty()) {
            return true;
        }
        Entity object = entity.get();
        java.util.Set<String> key = new java.util.HashSet<>();
        object.key().forEach(c -> key.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        boolean keyedByLinks = key.equals(java.util.Set.of(firstColumn.toLowerCase(java.util.Locale.ROOT),
                secondColumn.toLowerCase(java.util.Locale.ROOT)));
        return keyedByLinks && object.columns().stream().filter(c -> !c.id())
                .allMatch(c -> !c.notNull() || c.defaultValue().isPresent());
    }

    /** The key column of {@code first}. */
    public Column firstKey() {
        return first.id().orElseThrow();
    }

    /** The key column of {@code second}. */
    public Column secondKey() {
        return second.id().orElseThrow();
    }
}
