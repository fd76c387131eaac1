package dev.joinwright;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The codecs of the {@code java.time} types, in two shapes: through the driver's JDBC 4.2
 * {@code java.time} support (H2, PostgreSQL), or as text that the codec formats and parses itself
 * (MySQL/MariaDB, SQLite). Neither goes through the JVM's default time zone.
 *
 * <p>MySQL/MariaDB {@code DATETIME}: MariaDB Connector/J decodes it through
 * {@code java.sql.Timestamp} in the JVM's zone, for {@code getObject(i, LocalDateTime.class)} and
 * even for {@code getString}, so a wall-clock time in that zone's spring-forward gap (02:30 on a
 * DST day in America/New_York) comes back an hour late. The codec binds the value as text and
 * reads it with {@code getTimestamp(i, calendar)} in a proleptic-Gregorian UTC calendar, which has
 * no gap and no Julian dates: the column's own digits in every zone, years 1 to 9999 included.
 */
final class TemporalCodecs {
    /** SQLite instants: always nine fraction digits and {@code Z}, so that text order is time order. */
    private static final DateTimeFormatter SQLITE_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");
    /** What MySQL/MariaDB {@code DATETIME(6)} reads: space-separated, six fraction digits. */
    private static final DateTimeFormatter MYSQL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter MYSQL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private TemporalCodecs() {}

    /** The six codecs of one dialect. */
    record Set(Codec<LocalDate> localDate, Codec<LocalTime> localTime, Codec<LocalDateTime> localDateTime,
            Codec<OffsetDateTime> offsetDateTime, Codec<Instant> instant) {}

    static Set of(Dialect dialect) {
        switch (dialect) {
            case H2:
                return native_(false);
            case POSTGRESQL:
                return native_(true);
            case MYSQL:
                return mysql();
            case SQLITE:
                return sqlite();
            default:
                throw new IllegalArgumentException("no temporal codecs for " + dialect);
        }
    }

    /** JDBC 4.2 objects; {@code micros}: the database keeps microseconds, so truncate before binding. */
    private static Set native_(boolean micros) {
        UnaryOperator<LocalTime> time = micros ? t -> t.truncatedTo(ChronoUnit.MICROS) : UnaryOperator.identity();
        UnaryOperator<LocalDateTime> dateTime = micros ? t -> t.truncatedTo(ChronoUnit.MICROS) : UnaryOperator.identity();
        UnaryOperator<OffsetDateTime> utc = micros
                ? t -> t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)
                : t -> t.withOffsetSameInstant(ZoneOffset.UTC);
        Codec<OffsetDateTime> offsetDateTime = new ObjectCodec<>(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE,
                utc, t -> t.withOffsetSameInstant(ZoneOffset.UTC));
        return new Set(new ObjectCodec<>(LocalDate.class, Types.DATE, UnaryOperator.identity(), UnaryOperator.identity()),
                new ObjectCodec<>(LocalTime.class, Types.TIME, time, UnaryOperator.identity()),
                new ObjectCodec<>(LocalDateTime.class, Types.TIMESTAMP, dateTime, UnaryOperator.identity()),
                offsetDateTime, instants(offsetDateTime));
    }

    private static Set mysql() {
        Codec<LocalDateTime> localDateTime = new MysqlDateTimeCodec();
        Codec<OffsetDateTime> offsetDateTime = new Codec<>() {
            @Override
            public void set(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
                localDateTime.set(ps, index, value == null ? null
                        : value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            }

            @Override
            public OffsetDateTime get(ResultSet rs, int index) throws SQLException {
                LocalDateTime utc = localDateTime.get(rs, index);
                return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
            }
        };
        return new Set(new TextCodec<>(LocalDate::toString, LocalDate::parse, "a date"),
                new TextCodec<>(t -> t.format(MYSQL_TIME), LocalTime::parse, "a time of day"),
                localDateTime, offsetDateTime, instants(offsetDateTime));
    }

    /** MySQL/MariaDB {@code DATETIME(6)}: text in, a UTC-calendar timestamp out (see the class documentation). */
    private static final class MysqlDateTimeCodec implements Codec<LocalDateTime> {
        private static final GregorianCalendar UTC = utcCalendar();

        private static GregorianCalendar utcCalendar() {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            calendar.setGregorianChange(new Date(Long.MIN_VALUE)); // proleptic Gregorian, like java.time
            return calendar;
        }

        @Override
        public void set(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.TIMESTAMP);
            } else {
                ps.setString(index, value.format(MYSQL_DATE_TIME));
            }
        }

        @Override
        public LocalDateTime get(ResultSet rs, int index) throws SQLException {
            // a copy per call: the driver may set the calendar's fields
            Timestamp value = rs.getTimestamp(index, (GregorianCalendar) UTC.clone());
            return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC);
        }
    }

    private static Set sqlite() {
        Codec<OffsetDateTime> offsetDateTime = new TextCodec<>(
                t -> t.withOffsetSameInstant(ZoneOffset.UTC).format(SQLITE_INSTANT),
                TemporalCodecs::parseInstantText, "an instant (ISO-8601 date-time, UTC if it names no offset)");
        return new Set(new TextCodec<>(LocalDate::toString, LocalDate::parse, "an ISO-8601 date"),
                new TextCodec<>(t -> t.format(DateTimeFormatter.ISO_LOCAL_TIME), LocalTime::parse, "an ISO-8601 time"),
                new TextCodec<>(t -> t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), TemporalCodecs::parseLocalDateTime,
                        "an ISO-8601 date-time"),
                offsetDateTime, instants(offsetDateTime));
    }

    /** Instants as offset date-times in UTC. */
    private static Codec<Instant> instants(Codec<OffsetDateTime> offsetDateTime) {
        return new Codec<>() {
            @Override
            public void set(PreparedStatement ps, int index, Instant value) throws SQLException {
                offsetDateTime.set(ps, index, value == null ? null : value.atOffset(ZoneOffset.UTC));
            }

            @Override
            public Instant get(ResultSet rs, int index) throws SQLException {
                OffsetDateTime value = offsetDateTime.get(rs, index);
                return value == null ? null : value.toInstant();
            }
        };
    }

    /** {@code 2026-12-01T20:15:27.5} or {@code 2026-12-01 20:15:27.5} (SQL's and SQLite's own form). */
    static LocalDateTime parseLocalDateTime(String text) {
        return LocalDateTime.parse(tee(text));
    }

    /**
     * An instant in ISO-8601 text, with {@code T} or a space, with an offset ({@code Z},
     * {@code +05:45}) or without one, then UTC, as SQLite's {@code datetime('now')} writes it.
     */
    static OffsetDateTime parseInstantText(String text) {
        String iso = tee(text);
        int time = iso.indexOf('T');
        boolean offset = iso.endsWith("Z") || iso.endsWith("z") || time > 0 && (iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0);
        OffsetDateTime value = offset ? OffsetDateTime.parse(iso.replace('z', 'Z')) : LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String tee(String text) {
        return text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    }

    /** A value bound and read as a JDBC 4.2 object, normalised on the way in and out. */
    private static final class ObjectCodec<T> implements Codec<T> {
        private final Class<T> type;
        private final int sqlType;
        private final UnaryOperator<T> in;
        private final UnaryOperator<T> out;

        ObjectCodec(Class<T> type, int sqlType, UnaryOperator<T> in, UnaryOperator<T> out) {
            this.type = type;
            this.sqlType = sqlType;
            this.in = in;
            this.out = out;
        }

        @Override
        public void set(PreparedStatement ps, int index, T value) throws SQLException {
            if (value == null) {
                ps.setNull(index, sqlType);
            } else {
                ps.setObject(index, in.apply(value));
            }
        }

        @Override
        public T get(ResultSet rs, int index) throws SQLException {
            T value = rs.getObject(index, type);
            return value == null ? null : out.apply(value);
        }
    }

    /** A value bound and read as text the codec formats and parses. */
    private static final class TextCodec<T> implements Codec<T> {
        private final Function<T, String> format;
        private final Function<String, T> parse;
        private final String expected;

        TextCodec(Function<T, String> format, Function<String, T> parse, String expected) {
            this.format = format;
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        public void set(PreparedStatement ps, int index, T value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.VARCHAR);
            } else {
                ps.setString(index, format.apply(value));
            }
        }

        @Override
        public T get(ResultSet rs, int index) throws SQLException {
            String text = rs.getString(index);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                throw UnreadableValueException.of(rs, index, text, expected, e);
            }
        }
    }
}
