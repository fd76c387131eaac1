package dev.joinwright.internal;

import dev.joinwright.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Binds and reads {@code java.time} values; the column types are in the table of {@link Values}.
 * Internal: for generated code only. Every method accepts and returns {@code null} for SQL NULL.
 *
 * <ul>
 * <li>No conversion ever goes through the JVM's default time zone: local types are bound as
 *     {@code java.time} objects (JDBC 4.2), never as {@code java.sql.Timestamp}.
 * <li>Precision: H2 and SQLite keep nanoseconds. PostgreSQL and MySQL/MariaDB keep microseconds;
 *     the runtime <em>truncates</em> to microseconds before binding, so the stored value does not
 *     depend on the server's rounding rules.
 * <li>{@code OffsetDateTime} is stored as its instant: it is normalised to UTC when bound and read
 *     back with offset {@code Z} on every dialect (compare with {@code isEqual}). MySQL/MariaDB
 *     store it, and {@code Instant}, as a UTC {@code DATETIME(6)}, independent of the session
 *     time zone.
 * <li>SQLite stores ISO-8601 text that sorts correctly as text and that SQLite's date functions
 *     read: {@code 2024-05-01}, {@code 13:45:00.5}, {@code 2024-05-01T13:45:00.5}, and for
 *     instants always nine fraction digits and {@code Z}, {@code 2024-05-01T13:45:00.500000000Z}.
 * <li>Ranges: year 1 to 9999 round-trip on every dialect (MySQL documents DATE/DATETIME from year
 *     1000, but MariaDB stores earlier years).
 * </ul>
 */
public final class TemporalValues {
    private static final DateTimeFormatter SQLITE_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'");

    private TemporalValues() {}

    // LocalDate
    public static void setLocalDate(PreparedStatement ps, int index, LocalDate value, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, dialect == Dialect.SQLITE ? Types.VARCHAR : Types.DATE);
        } else if (dialect == Dialect.SQLITE) {
            ps.setString(index, value.format(DateTimeFormatter.ISO_LOCAL_DATE));
        } else {
            ps.setObject(index, value);
        }
    }

    public static LocalDate getLocalDate(ResultSet rs, int index, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            String text = rs.getString(index);
            return text == null ? null : LocalDate.parse(text);
        }
        return rs.getObject(index, LocalDate.class);
    }

    // LocalTime
    public static void setLocalTime(PreparedStatement ps, int index, LocalTime value, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, dialect == Dialect.SQLITE ? Types.VARCHAR : Types.TIME);
        } else if (dialect == Dialect.SQLITE) {
            ps.setString(index, value.format(DateTimeFormatter.ISO_LOCAL_TIME));
        } else {
            ps.setObject(index, micros(dialect) ? value.truncatedTo(ChronoUnit.MICROS) : value);
        }
    }

    public static LocalTime getLocalTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            String text = rs.getString(index);
            return text == null ? null : LocalTime.parse(text);
        }
        return rs.getObject(index, LocalTime.class);
    }

    // LocalDateTime
    public static void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, dialect == Dialect.SQLITE ? Types.VARCHAR : Types.TIMESTAMP);
        } else if (dialect == Dialect.SQLITE) {
            ps.setString(index, value.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } else {
            ps.setObject(index, micros(dialect) ? value.truncatedTo(ChronoUnit.MICROS) : value);
        }
    }

    public static LocalDateTime getLocalDateTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            String text = rs.getString(index);
            return text == null ? null : LocalDateTime.parse(text);
        }
        return rs.getObject(index, LocalDateTime.class);
    }

    // OffsetDateTime: stored as its instant, read back in UTC
    public static void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value, Dialect dialect)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, nullType(dialect));
            return;
        }
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        switch (dialect) {
            case SQLITE:
                ps.setString(index, utc.format(SQLITE_INSTANT));
                break;
            case MYSQL:
                ps.setObject(index, utc.toLocalDateTime().truncatedTo(ChronoUnit.MICROS));
                break;
            case POSTGRESQL:
                ps.setObject(index, utc.truncatedTo(ChronoUnit.MICROS));
                break;
            default:
                ps.setObject(index, utc);
                break;
        }
    }

    public static OffsetDateTime getOffsetDateTime(ResultSet rs, int index, Dialect dialect) throws SQLException {
        switch (dialect) {
            case SQLITE: {
                String text = rs.getString(index);
                return text == null ? null : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
            }
            case MYSQL: {
                LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
                return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
            }
            default: {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
            }
        }
    }

    // Instant: as an OffsetDateTime in UTC
    public static void setInstant(PreparedStatement ps, int index, Instant value, Dialect dialect)
            throws SQLException {
        setOffsetDateTime(ps, index, value == null ? null : value.atOffset(ZoneOffset.UTC), dialect);
    }

    public static Instant getInstant(ResultSet rs, int index, Dialect dialect) throws SQLException {
        OffsetDateTime value = getOffsetDateTime(rs, index, dialect);
        return value == null ? null : value.toInstant();
    }

    private static boolean micros(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.MYSQL;
    }

    private static int nullType(Dialect dialect) {
        switch (dialect) {
            case SQLITE: return Types.VARCHAR;
            case MYSQL: return Types.TIMESTAMP;
            default: return Types.TIMESTAMP_WITH_TIMEZONE;
        }
    }
}
