package dev.joinwright.processor.model;

/**
 * A generated many-to-many association table: {@code PRIMARY KEY (firstColumn, secondColumn)},
 * an FK from each column to its entity's key ({@code ON DELETE CASCADE}), and an index on the
 * second column (the first one leads the primary key).
 *
 * @param name the table name, from {@code @Relationship(secondary)}
 * @param first the entity referenced by the first column
 * @param firstColumn the first column's name
 * @param second the entity referenced by the second column
 * @param secondColumn the second column's name
 */
public record AssociationTable(String name, Entity first, String firstColumn, Entity second, String secondColumn) {

    /** The key column of {@code first}. */
    public Column firstKey() {
        return first.id().orElseThrow();
    }

    /** The key column of {@code second}. */
    public Column secondKey() {
        return second.id().orElseThrow();
    }
}
