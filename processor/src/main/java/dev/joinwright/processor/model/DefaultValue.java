package dev.joinwright.processor.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A column's default as the DDL plan holds it, independent of any dialect (each renders it in its
 * own way): a number, a boolean, a text (strings and enum constants), or the current date or
 * timestamp.
 *
 * @param kind what the default is
 * @param value the number in canonical form ({@code 2.50}, {@code -3}), {@code true}/{@code false},
 *     or the text unescaped; {@code ""} for the two clock kinds
 */
public record DefaultValue(Kind kind, String value) {
    /** The written form of the date default. */
    public static final String CURRENT_DATE = "CURRENT_DATE";
    /** The written form of the timestamp default. */
    public static final String CURRENT_TIMESTAMP = "CURRENT_TIMESTAMP";

    /** What a default is. */
    public enum Kind {
        NUMBER,
        BOOLEAN,
        TEXT,
        /** Today, by the database's clock. */
        CURRENT_DATE,
        /** Now, by the database's clock. */
        CURRENT_TIMESTAMP
    }

    /** Why a written default does not fit its column. */
    public enum Problem {
        NOT_BOOLEAN,
        NOT_INTEGER,
        NOT_NUMBER,
        PAST_DECIMAL,
        TOO_LONG,
        NOT_CONSTANT,
        NOT_CLOCK,
        TYPE_HAS_NO_DEFAULT
    }

    /** A written default, parsed: its value or why it does not fit. */
    public record Parsed(Optional<DefaultValue> value, Optional<Problem> problem) {
        static Parsed of(Kind kind, String value) {
            return new Parsed(Optional.of(new DefaultValue(kind, value)), Optional.empty());
        }

        static Parsed failed(Problem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    /** Parses {@code text}, written as {@code @Column(defaultValue)}, for {@code column}'s type. */
    public static Parsed parse(Column column, String text) {
        return switch (column.type()) {
            case BOOLEAN -> text.equals("true") || text.equals("false")
                    ? Parsed.of(Kind.BOOLEAN, text) : Parsed.failed(Problem.NOT_BOOLEAN);
            case SHORT, INT, LONG -> integer(column.type(), text);
            case FLOAT, DOUBLE -> floating(column.type(), text);
            case BIG_DECIMAL -> decimal(column, text);
            case STRING -> text.codePointCount(0, text.length()) <= column.effectiveLength()
                    ? Parsed.of(Kind.TEXT, text) : Parsed.failed(Problem.TOO_LONG);
            case ENUM -> column.enumConstants().contains(text)
                    ? Parsed.of(Kind.TEXT, text) : Parsed.failed(Problem.NOT_CONSTANT);
            case LOCAL_DATE -> clock(text, CURRENT_DATE, Kind.CURRENT_DATE);
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> clock(text, CURRENT_TIMESTAMP, Kind.CURRENT_TIMESTAMP);
            case BYTES, UUID, LOCAL_TIME, UNSUPPORTED -> Parsed.failed(Problem.TYPE_HAS_NO_DEFAULT);
        };
    }

    /** The only clock default a temporal type takes: {@code CURRENT_DATE} or {@code CURRENT_TIMESTAMP}. */
    public static Optional<String> clockFor(ColumnType type) {
        return switch (type) {
            case LOCAL_DATE -> Optional.of(CURRENT_DATE);
            case LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT -> Optional.of(CURRENT_TIMESTAMP);
            default -> Optional.empty();
        };
    }

    /** The smallest and largest value of an integral type. */
    public static long[] range(ColumnType type) {
        return switch (type) {
            case SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case INT -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

    private static Parsed clock(String text, String expected, Kind kind) {
        return text.equals(expected) ? Parsed.of(kind, "") : Parsed.failed(Problem.NOT_CLOCK);
    }

    private static Parsed integer(ColumnType type, String text) {
        long[] range = range(type);
        try {
            long value = Long.parseLong(text);
            return value >= range[0] && value <= range[1]
                    ? Parsed.of(Kind.NUMBER, Long.toString(value)) : Parsed.failed(Problem.NOT_INTEGER);
        } catch (NumberFormatException e) {
            return Parsed.failed(Problem.NOT_INTEGER);
        }
    }

    private static Parsed floating(ColumnType type, String text) {
        Optional<BigDecimal> number = number(text);
        if (number.isEmpty()) {
            return Parsed.failed(Problem.NOT_NUMBER);
        }
        double value = number.get().doubleValue();
        boolean finite = type == ColumnType.FLOAT ? Float.isFinite((float) value) : Double.isFinite(value);
        return finite ? Parsed.of(Kind.NUMBER, number.get().toString()) : Parsed.failed(Problem.NOT_NUMBER);
    }

    private static Parsed decimal(Column column, String text) {
        Optional<BigDecimal> number = number(text);
        if (number.isEmpty()) {
            return Parsed.failed(Problem.NOT_NUMBER);
        }
        BigDecimal value = number.get();
        int scale = column.effectiveScale();
        int integerDigits = value.precision() - value.scale();
        if (value.scale() > scale || integerDigits > column.effectivePrecision() - scale) {
            return Parsed.failed(Problem.PAST_DECIMAL);
        }
        return Parsed.of(Kind.NUMBER, value.toPlainString());
    }

    /** A decimal number in plain or scientific notation; no {@code NaN}, no hex, no suffix. */
    private static Optional<BigDecimal> number(String text) {
        if (text.isEmpty() || !text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }
}
