package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a table. Put it on a public, non-generic interface whose accessors are the columns
 * and relationships:
 *
 * <pre>{@code
 * @Entity(table = "users")
 * public interface User {
 *     @Id long id();
 *     String name();
 * }
 * }</pre>
 *
 * <p>The processor generates {@code UserRecord} (an immutable implementation), {@code UserDao}
 * (typed data access) and the table's DDL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
    /**
     * The table name. Defaults to the interface's simple name in snake_case ({@code InvoiceLine}
     * becomes {@code invoice_line}).
     */
    String table() default "";

    /**
     * The table's name in the previous schema version ({@link Schema}): the migration renames that
     * table instead of dropping it and creating this one. It may stay after later versions.
     */
    String renamedFrom() default "";
}
