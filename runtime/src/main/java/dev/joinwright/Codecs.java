package dev.joinwright;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One dialect's {@link Codec}s, one per supported Java type, chosen once: {@link Database#codecs()}
 * or {@link #of(Dialect)}. The column types they are written for (the processor's DDL uses the same
 * table):
 *
 * <table>
 * <caption>Column types per dialect</caption>
 * <tr><th>Java</th><th>H2</th><th>PostgreSQL</th><th>MySQL / MariaDB</th><th>SQLite</th></tr>
 * <tr><td>boolean</td><td>BOOLEAN</td><td>BOOLEAN</td><td>BOOLEAN</td><td>INTEGER</td></tr>
 * <tr><td>short / int / long</td><td>SMALLINT / INTEGER / BIGINT</td><td>same</td><td>same</td><td>INTEGER</td></tr>
 * <tr><td>float / double</td><td>REAL / DOUBLE PRECISION</td><td>REAL / DOUBLE PRECISION</td><td>DOUBLE</td><td>REAL</td></tr>
 * <tr><td>String, enum</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>TEXT</td></tr>
 * <tr><td>BigDecimal</td><td>DECIMAL(p,s)</td><td>NUMERIC(p,s)</td><td>DECIMAL(p,s)</td><td>TEXT (exact)</td></tr>
 * <tr><td>byte[]</td><td>VARBINARY</td><td>BYTEA</td><td>LONGBLOB</td><td>BLOB</td></tr>
 * <tr><td>UUID</td><td>UUID</td><td>UUID</td><td>CHAR(36)</td><td>TEXT</td></tr>
 * <tr><td>LocalDate</td><td>DATE</td><td>DATE</td><td>DATE</td><td>TEXT</td></tr>
 * <tr><td>LocalTime</td><td>TIME(9)</td><td>TIME</td><td>TIME(6)</td><td>TEXT</td></tr>
 * <tr><td>LocalDateTime</td><td>TIMESTAMP(9)</td><td>TIMESTAMP</td><td>DATETIME(6)</td><td>TEXT</td></tr>
 * <tr><td>OffsetDateTime, Instant</td><td>TIMESTAMP(9) WITH TIME ZONE</td><td>TIMESTAMPTZ</td><td>DATETIME(6), UTC</td><td>TEXT</td></tr>
 * </table>
 *
 * <ul>
 * <li>No conversion goes through the JVM's default time zone. H2 and PostgreSQL bind
 *     {@code java.time} objects (JDBC 4.2); SQLite binds and reads text the codec formats and
 *     parses; MySQL/MariaDB bind text ({@code 2024-05-01 13:45:00.500000}) and read
 *     {@code DATETIME} in a UTC calendar, because MariaDB Connector/J decodes it in the JVM's zone
 *     otherwise. So a wall-clock time in the JVM zone's daylight-saving gap round-trips everywhere.
 * <li>Precision: H2 and SQLite keep nanoseconds; PostgreSQL and MySQL/MariaDB keep microseconds,
 *     and the codecs <em>truncate</em> to microseconds before binding.
 * <li>{@code OffsetDateTime} is stored as its instant and read back with offset {@code Z};
 *     MySQL/MariaDB store it, and {@code Instant}, as a UTC {@code DATETIME(6)}.
 * <li>SQLite stores ISO-8601 text ({@code 2024-05-01}, {@code 13:45:00.5},
 *     {@code 2024-05-01T13:45:00.5}, instants as {@code 2024-05-01T13:45:00.500000000Z}) and reads
 *     its own {@code datetime('now')} form too: a space for the {@code T}, no offset meaning UTC.
 * <li>{@code float} is {@code DOUBLE} on MySQL/MariaDB, whose {@code FLOAT} loses digits over the
 *     text protocol. {@code NaN} and infinities round-trip on H2 and PostgreSQL only.
 * <li>{@code BigDecimal} comes back with the column's scale; compare with {@code compareTo}.
 * <li>Enums are stored by {@link Enum#name()}: {@link #enumOf(Enum[])} with {@code MyEnum.values()}
 *     needs no reflection.
 * <li>{@link Codec#key}: on MySQL/MariaDB the string codec's keys drop trailing spaces, because
 *     {@code VARCHAR} comparison there ignores them (PAD SPACE) under every collation.
 * </ul>
 */
public final class Codecs {
    private static final Map<Dialect, Codecs> BY_DIALECT = new EnumMap<>(Dialect.class);

    static {
        for (Dialect dialect : Dialect.values()) {
            BY_DIALECT.put(dialect, new Codecs(dialect));
        }
    }

    private final Dialect dialect;
    private final Codec<String> string;
    private final Codec<BigDecimal> bigDecimal;
    private final Codec<UUID> uuid;
    private final TemporalCodecs.Set temporal;

    private Codecs(Dialect dialect) {
        this.dialect = dialect;
        this.string = ObjectCodecs.string(dialect == Dialect.MYSQL);
        this.bigDecimal = dialect == Dialect.SQLITE ? ObjectCodecs.DECIMAL_TEXT : ObjectCodecs.DECIMAL;
        this.uuid = dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL ? ObjectCodecs.UUID_NATIVE : ObjectCodecs.UUID_TEXT;
        this.temporal = TemporalCodecs.of(dialect);
    }

    /** The codecs of {@code dialect}; the same instance on every call. */
    public static Codecs of(Dialect dialect) {
        return BY_DIALECT.get(Objects.requireNonNull(dialect, "dialect"));
    }

    /** The dialect these codecs are for. */
    public Dialect dialect() {
        return dialect;
    }

    /** {@code boolean} and {@code Boolean}. */
    public BooleanCodec booleans() {
        return PrimitiveCodecs.BOOLEAN;
    }

    /** {@code short} and {@code Short}. */
    public ShortCodec shorts() {
        return PrimitiveCodecs.SHORT;
    }

    /** {@code int} and {@code Integer}. */
    public IntCodec ints() {
        return PrimitiveCodecs.INT;
    }

    /** {@code long} and {@code Long}. */
    public LongCodec longs() {
        return PrimitiveCodecs.LONG;
    }

    /** {@code float} and {@code Float}. */
    public FloatCodec floats() {
        return PrimitiveCodecs.FLOAT;
    }

    /** {@code double} and {@code Double}. */
    public DoubleCodec doubles() {
        return PrimitiveCodecs.DOUBLE;
    }

    /** {@code String}; its {@link Codec#key} is the database's string equality. */
    public Codec<String> string() {
        return string;
    }

    /** {@code BigDecimal}. */
    public Codec<BigDecimal> bigDecimal() {
        return bigDecimal;
    }

    /** {@code byte[]}. */
    public Codec<byte[]> bytes() {
        return ObjectCodecs.BYTES;
    }

    /** {@code UUID}. */
    public Codec<UUID> uuid() {
        return uuid;
    }

    /** {@code LocalDate}. */
    public Codec<LocalDate> localDate() {
        return temporal.localDate();
    }

    /** {@code LocalTime}. */
    public Codec<LocalTime> localTime() {
        return temporal.localTime();
    }

    /** {@code LocalDateTime}. */
    public Codec<LocalDateTime> localDateTime() {
        return temporal.localDateTime();
    }

    /** {@code OffsetDateTime}, stored as its instant, read back in UTC. */
    public Codec<OffsetDateTime> offsetDateTime() {
        return temporal.offsetDateTime();
    }

    /** {@code Instant}. */
    public Codec<Instant> instant() {
        return temporal.instant();
    }

    /**
     * A codec for an enum stored by {@link Enum#name()}, for {@code constants} as
     * {@code MyEnum.values()} returns them; the same on every dialect. Build it once (a static
     * field) and keep it: it indexes the names.
     *
     * @throws IllegalArgumentException if {@code constants} is empty (the type cannot be named)
     */
    public static <E extends Enum<E>> Codec<E> enumOf(E[] constants) {
        if (constants.length == 0) {
            throw new IllegalArgumentException("An enum without constants cannot be stored");
        }
        return ObjectCodecs.enumByName(constants.clone(), constants[0].getDeclaringClass().getSimpleName());
    }

    @Override
    public String toString() {
        return "Codecs[" + dialect.id() + "]";
    }
}
