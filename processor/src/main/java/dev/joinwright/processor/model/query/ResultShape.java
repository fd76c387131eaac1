package dev.joinwright.processor.model.query;

/** How a query method returns what it selected, read off its return type. */
public enum ResultShape {
    /** {@code List<X>} or {@code List<XRecord>}. */
    LIST,
    /** {@code Stream<X>} or {@code Stream<XRecord>}: rows from an open cursor; the caller closes it. */
    STREAM,
    /** {@code Optional<X>} or {@code Optional<XRecord>}: more than one row is an error. */
    OPTIONAL,
    /** {@code long}. */
    LONG,
    /** {@code int}. */
    INT,
    /** {@code boolean}. */
    BOOLEAN,
    /** {@code void}. */
    VOID
}
