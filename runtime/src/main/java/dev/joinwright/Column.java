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
 * @Column(defaultValue = "CURRENT_DATE") LocalDate joinedOn();
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

    /** The value of {@link #defaultValue()} that means "no default". */
    String NO_DEFAULT = "[no default]";

    /**
     * Maximum length of a {@code String} column ({@code 0}: 255) or of an enum column ({@code 0}:
     * the longest constant's name).
     */
    int length() default 0;

    /** Total digits of a {@code BigDecimal} column; {@code 0} means the default (19). */
    int precision() default 0;

    /** Digits after the decimal point of a {@code BigDecimal} column; default 2 when precision is unset. */
    int scale() default -1;

    /** Adds a unique constraint; the DAO also gets a {@code findBy<Column>} method. */
    boolean unique() default false;

    /**
     * The column's default, as the value, not as SQL: a number ({@code "0"}, {@code "2.50"}),
     * {@code "true"}/{@code "false"}, any text for a {@code String} column (quoted and escaped in
     * the DDL; {@code ""} is the empty string), an enum constant's name, {@code "CURRENT_DATE"} for
     * a {@code LocalDate}, {@code "CURRENT_TIMESTAMP"} for a {@code LocalDateTime},
     * {@code OffsetDateTime} or {@code Instant}. Checked against the column's type at compile time.
     *
     * <p>A NOT NULL non-primitive column with a default may be left out of a builder: the record
     * holds {@code null} until it is inserted, and {@code insert} returns the value the database
     * chose. A primitive column's builder starts at the default. On a nullable column, the default
     * applies to rows that other SQL writes; Joinwright writes the record's value, {@code null}
     * included.
     */
    String defaultValue() default NO_DEFAULT;

    /**
     * The column's name in the previous schema version ({@link Schema}): the migration renames that
     * column, keeping its values, instead of dropping it and adding this one.
     */
    String renamedFrom() default "";
}
