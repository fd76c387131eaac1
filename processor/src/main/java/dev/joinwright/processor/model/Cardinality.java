package dev.joinwright.processor.model;

/** How many related rows a relationship accessor returns, read off its return type. */
public enum Cardinality {
    /** {@code T}: exactly one (or {@code null} when the accessor is {@code @Nullable}). */
    ONE("%s"),
    /** {@code Optional<T>}. */
    OPTIONAL("java.util.Optional<%s>"),
    /** {@code List<T>}. */
    LIST("java.util.List<%s>"),
    /** {@code Set<T>}. */
    SET("java.util.Set<%s>"),
    /** {@code Collection<T>}. */
    COLLECTION("java.util.Collection<%s>");

    private final String pattern;

    Cardinality(String pattern) {
        this.pattern = pattern;
    }

    public boolean isCollection() {
        return this == LIST || this == SET || this == COLLECTION;
    }

    /** The Java type of an accessor of this cardinality over {@code elementType}. */
    public String javaType(String elementType) {
        return String.format(pattern, elementType);
    }
}
