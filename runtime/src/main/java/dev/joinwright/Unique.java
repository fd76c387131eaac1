package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint over one or more columns of the entity, named by their accessors, in the
 * order given. Repeatable. A single column can also say {@code @Column(unique = true)}.
 *
 * <pre>{@code
 * @Entity
 * @Unique({"lastName", "firstName"})
 * public interface Member { ... }
 * }</pre>
 *
 * <p>The DDL declares {@code CONSTRAINT uq_member_last_name_first_name UNIQUE (last_name,
 * first_name)}, and the DAO gets {@code findByLastNameAndFirstName(lastName, firstName)} returning
 * an {@code Optional}. The constraint also indexes its columns, so an FK column that leads it
 * gets no index of its own. Every name must be a column accessor of the entity (checked at compile
 * time).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Unique.List.class)
public @interface Unique {
    /** The accessors of the columns, in constraint order; at least one, each once. */
    String[] value();

    /** Holds repeated {@link Unique} annotations; written by the compiler, not by you. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        Unique[] value();
    }
}
