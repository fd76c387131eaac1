package dev.joinwright.processor.model;

/** The kind of a relationship, inferred the way SQLAlchemy infers it. */
public enum RelationKind {
    /** Single-valued; the FK column is on the owner and references the target. */
    MANY_TO_ONE,
    /** Single-valued; a unique FK column on the target references the owner. */
    ONE_TO_ONE,
    /** A collection; an FK column on the target references the owner. */
    ONE_TO_MANY,
    /** A collection through an association table. */
    MANY_TO_MANY
}
