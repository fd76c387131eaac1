package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tunes the column behind an accessor. Every non-relationship accessor is a column with or
 * without this annotation; use it to rename the column, size it, or make it unique.
 *
 * <pre>{@code
 * @Column(length = 120, unique = true) String email();
 * @Column(name = "unit_price", precision = 12, scale = 2) BigDecimal price();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Column {
    /**
     * The column name. Defaults to the accessor's name in snake_case, with a bean prefix
     * {@code get}/{@code is} dropped ({@code ownerId} becomes {@code owner_id}).
     */
    String name() default "";

    /** Maximum length of a {@code String} column; {@code 0} means the default (255). */
    int length() default 0;

    /** Total digits of a {@code BigDecimal} column; {@code 0} means the default (19). */
    int precision() default 0;

    /** Digits after the decimal point of a {@code BigDecimal} column; default 2 when precision is unset. */
    int scale() default -1;

    /** Adds a unique constraint; the DAO also gets a {@code findBy<Column>} method. */
    boolean unique() default false;

    /**
     * The column's name in the previous schema version ({@link Schema}): the migration renames that
     * column, keeping its values, instead of dropping it and adding this one.
     */
    String renamedFrom() default "";
}
