package dev.joinwright.processor.model.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The operators of a derived query's predicate, each with the keywords that name it at the end of
 * a predicate ({@code LastNameStartingWith}) and the number of parameters it binds. A predicate
 * without a keyword is {@link #EQUALS}.
 */
public enum Operator {
    EQUALS(1, "Is", "Equals", "IsEquals"),
    NOT(1, "Not", "IsNot"),
    IN(1, "In", "IsIn"),
    NOT_IN(1, "NotIn", "IsNotIn"),
    LESS_THAN(1, "LessThan", "IsLessThan"),
    LESS_THAN_EQUAL(1, "LessThanEqual", "IsLessThanEqual"),
    GREATER_THAN(1, "GreaterThan", "IsGreaterThan"),
    GREATER_THAN_EQUAL(1, "GreaterThanEqual", "IsGreaterThanEqual"),
    BETWEEN(2, "Between", "IsBetween"),
    BEFORE(1, "Before", "IsBefore"),
    AFTER(1, "After", "IsAfter"),
    IS_NULL(0, "IsNull", "Null"),
    IS_NOT_NULL(0, "IsNotNull", "NotNull"),
    LIKE(1, "Like", "IsLike"),
    NOT_LIKE(1, "NotLike", "IsNotLike"),
    STARTING_WITH(1, "StartingWith", "IsStartingWith", "StartsWith"),
    ENDING_WITH(1, "EndingWith", "IsEndingWith", "EndsWith"),
    CONTAINING(1, "Containing", "IsContaining", "Contains"),
    TRUE(0, "True", "IsTrue"),
    FALSE(0, "False", "IsFalse");

    /** A keyword and the operator it names. */
    public record Keyword(String text, Operator operator) {}

    /** Every keyword, longest first, so that {@code NotIn} wins over {@code In}. */
    public static final List<Keyword> KEYWORDS = Arrays.stream(values())
            .flatMap(o -> o.keywords.stream().map(k -> new Keyword(k, o)))
            .sorted(Comparator.comparingInt((Keyword k) -> -k.text().length()).thenComparing(Keyword::text))
            .toList();

    private final int parameters;
    private final List<String> keywords;

    Operator(int parameters, String... keywords) {
        this.parameters = parameters;
        this.keywords = List.of(keywords);
    }

    /** How many method parameters the operator binds. */
    public int parameters() {
        return parameters;
    }

    /** The keyword a user writes for it: {@code StartingWith}. */
    public String keyword() {
        return this == EQUALS ? "Equals" : keywords.get(0);
    }

    /** Whether it matches a pattern: LIKE and its escaped forms. */
    public boolean isPattern() {
        return this == LIKE || this == NOT_LIKE || isEscapedPattern();
    }

    /** Whether the value is a literal that is escaped and wrapped in wildcards. */
    public boolean isEscapedPattern() {
        return this == STARTING_WITH || this == ENDING_WITH || this == CONTAINING;
    }

    /** Whether it orders values: {@code <}, {@code <=}, {@code >}, {@code >=}, BETWEEN, before, after. */
    public boolean isOrdering() {
        return switch (this) {
            case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BETWEEN, BEFORE, AFTER -> true;
            default -> false;
        };
    }

    /** Whether its one parameter is a collection of values. */
    public boolean takesCollection() {
        return this == IN || this == NOT_IN;
    }
}
