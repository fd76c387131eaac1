package dev.joinwright.processor.model.query;

/** What a derived query does with the rows it selects. */
public enum Subject {
    /** {@code find…By}, {@code get…By}: the rows. */
    FIND,
    /** {@code stream…By}: the rows, lazily. */
    STREAM,
    /** {@code count…By}: how many. */
    COUNT,
    /** {@code exists…By}: whether one does. */
    EXISTS,
    /** {@code delete…By}: deletes them. */
    DELETE
}
