package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a scalar accessor a foreign-key column: a real column with a real constraint, on the
 * "many" side of a relationship (SQLAlchemy's {@code Column(ForeignKey("users.id"))}).
 *
 * <pre>{@code
 * @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE)
 * long ownerId();                        // column owner_id REFERENCES users (id) ON DELETE CASCADE
 *
 * @ForeignKey(User.class) @Nullable Long reviewerId();   // optional reference
 * }</pre>
 *
 * <p>The column's Java type must match the type of the referenced key (boxed or not). The
 * column gets an index unless it already leads the primary key or a unique index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ForeignKey {
    /** The referenced entity. */
    Class<?> value();

    /** The referenced column; defaults to the target's {@code @Id} column. */
    String column() default "";

    /** Action on delete of the referenced row. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** Action on update of the referenced key. */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
