package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A (non-unique) index over one or more columns of the entity, named by their accessors, in the
 * order given. Repeatable.
 *
 * <pre>{@code
 * @Entity
 * @Index({"teamCode", "joinedOn"})
 * public interface Member { ... }
 * }</pre>
 *
 * <p>The DDL creates {@code CREATE INDEX ix_member_team_code_joined_on ON member (team_code,
 * joined_on)}. An FK column that leads an index gets no index of its own. Every name must be a
 * column accessor of the entity (checked at compile time).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
    /** The accessors of the columns, in index order; at least one, each once. */
    String[] value();

    /** Holds repeated {@link Index} annotations; written by the compiler, not by you. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated annotations. */
        Index[] value();
    }
}
