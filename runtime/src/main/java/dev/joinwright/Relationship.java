package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Navigation between entities. A relationship has <em>no column</em>: the generated DAO method
 * of the same name runs the SQL. The kind is inferred, as SQLAlchemy infers it:
 *
 * <ul>
 *   <li>single-valued ({@code T}, {@code Optional<T>}) and this entity has a {@link ForeignKey}
 *       to {@code T}: <b>many-to-one</b>;
 *   <li>single-valued and {@code T} has a <em>unique</em> foreign key to this entity:
 *       <b>one-to-one</b>;
 *   <li>a collection ({@code List<T>}, {@code Set<T>}, {@code Collection<T>}) and {@code T}
 *       has a foreign key to this entity: <b>one-to-many</b>;
 *   <li>{@link #secondary()} set: <b>many-to-many</b> through a generated association table.
 * </ul>
 *
 * <pre>{@code
 * // in User
 * @Relationship(backPopulates = "owner") List<Content> content();
 * // in Content
 * @ForeignKey(User.class) long ownerId();
 * @Relationship(backPopulates = "content") User owner();
 * @Relationship(secondary = "content_tags", backPopulates = "content") List<Tag> tags();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Relationship {
    /** The accessor on the other entity that is the other side of this relationship. */
    String backPopulates() default "";

    /** The association table of a many-to-many relationship. */
    String secondary() default "";

    /**
     * The {@link ForeignKey} accessor this relationship goes through, when more than one could
     * serve (for example {@code author} and {@code reviewer} both referencing {@code User}).
     */
    String foreignKey() default "";

    /**
     * The column the related rows are sorted by, optionally followed by {@code ASC} or
     * {@code DESC} ({@code "created_at DESC"}). Rows are sorted by the target's key otherwise.
     */
    String orderBy() default "";

    /**
     * Many-to-many only: this entity's column in the association table. Defaults to
     * {@code <entity>_id} (or the key column's own name when it is not {@code id}). Required on
     * a self-referential many-to-many, where the two default names would clash.
     */
    String joinColumn() default "";

    /** Many-to-many only: the other entity's column in the association table. */
    String inverseJoinColumn() default "";
}
