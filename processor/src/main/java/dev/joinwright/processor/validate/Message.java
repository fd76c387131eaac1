package dev.joinwright.processor.validate;

/**
 * Every message the processor reports, in one catalogue. Each has a stable tag (users search for
 * it; tests match on it), a text saying what is wrong and a hint saying how to fix it. Arguments
 * are shared by text and hint ({@code %1$s}, {@code %2$s}, ...).
 */
public enum Message {
    // Entities: JW1xx
    ENTITY_NOT_INTERFACE("JW101", "@Entity must be on an interface, but %1$s is %2$s",
            "declare %1$s as a public interface; Joinwright generates the implementation (%1$sRecord)"),
    ENTITY_GENERIC("JW102", "@Entity interface %1$s must not declare type parameters",
            "remove the type parameters; each table needs one concrete entity type"),
    ENTITY_NOT_PUBLIC("JW103", "@Entity interface %1$s must be public",
            "add the public modifier: the generated record and DAO implement it from generated code"),
    MALFORMED_ACCESSOR("JW104", "%1$s.%2$s is not an accessor: %3$s",
            "declare columns and relationships as methods with no parameters and a return type, "
                    + "or make %2$s a default method"),

    // Keys and columns: JW2xx
    MISSING_ID("JW201", "entity %1$s has no @Id accessor",
            "mark the primary-key accessor with @Id, e.g. `@Id long id();`"),
    DUPLICATE_ID("JW202", "entity %1$s has more than one @Id accessor: %2$s",
            "keep @Id on exactly one accessor; composite keys are not supported"),
    NULLABLE_ID("JW203", "@Id %1$s.%2$s must not be @Nullable",
            "remove @Nullable: a primary key is never null"),
    UNSUPPORTED_TYPE("JW204", "%1$s.%2$s has type %3$s, which is not a supported column type",
            "use one of boolean, short, int, long, float, double (or their boxes), String, BigDecimal, "
                    + "byte[], UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant or an enum%4$s"),
    NULLABLE_PRIMITIVE("JW205", "%1$s.%2$s is @Nullable but returns the primitive %3$s",
            "return the boxed type %4$s, or drop @Nullable"),
    DUPLICATE_COLUMN("JW206", "%1$s.%2$s maps to column %3$s, which %4$s already maps to",
            "give one of them another name with @Column(name = \"...\")"),
    ;

    private final String tag;
    private final String text;
    private final String hint;

    Message(String tag, String text, String hint) {
        this.tag = tag;
        this.text = text;
        this.hint = hint;
    }

    public String tag() {
        return tag;
    }

    /** The whole message: {@code [JW101] what is wrong. Fix: how to fix it.} */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(text, args) + ". Fix: " + String.format(hint, args) + ".";
    }
}
