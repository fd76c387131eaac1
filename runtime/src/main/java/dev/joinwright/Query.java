package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query method of a {@link Queries} interface with hand-written SQL. {@code :name} stands for
 * the method's parameter of that name (a name may repeat; a {@code Collection} expands for
 * {@code IN (:ids)}). Rows are mapped by column label into the entity (every column present), a
 * record or interface projection (each component from the label of its name in snake_case), or
 * one scalar column.
 *
 * <pre>{@code
 * @Query("SELECT * FROM student WHERE created_at > :since ORDER BY created_at")
 * List<Student> createdSince(Instant since);
 * }</pre>
 *
 * <p>At compile time the processor prepares the statement on an embedded H2 database holding the
 * generated schema: an unknown table, column or parameter is a javac error on this annotation's
 * value with the database's message.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /** The SQL, with {@code :name} parameters. */
    String value();

    /**
     * Whether the processor prepares the statement at compile time; {@code false} for SQL that
     * only the target database understands.
     */
    boolean verify() default true;
}
