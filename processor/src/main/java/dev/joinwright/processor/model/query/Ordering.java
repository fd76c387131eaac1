package dev.joinwright.processor.model.query;

/** One term of a derived query's {@code OrderBy}: a property and its direction. */
public record Ordering(PropertyPath path, boolean descending) {}
