package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of the schema, on one interface of the compilation. On {@code University} it also
 * names the schema class {@code UniversitySchema} in the same package (the processor option
 * {@code joinwright.schemaClass}, when set, still wins):
 *
 * <pre>{@code
 * @Schema(version = 3, drops = {"course.room", "old_table"})
 * public interface University {}
 * }</pre>
 *
 * <p>With the processor option {@code -Ajoinwright.schemaDir=<dir>} (a directory committed with the
 * sources) the processor writes a snapshot of the model for each version,
 * {@code <dir>/<schema class>/<version>.json}, the first time it compiles that version; once a
 * version's snapshot exists, a model that differs from it is a compile error ("version N is frozen;
 * bump the version to N+1"). From the snapshots it writes Flyway scripts per dialect,
 * {@code META-INF/joinwright/migration/<dialect>/V<k>__….sql}: {@code V1} creates snapshot 1, each
 * later {@code V<k>} migrates snapshot k−1 to k.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {
    /** The schema's version, 1 or more; bump it for every change of the model once it is snapshotted. */
    int version();

    /**
     * The tables ({@code "old_table"}) and columns ({@code "table.column"}) this version drops on
     * purpose, with their data. A drop that is not listed here is a compile error.
     */
    String[] drops() default {};
}
