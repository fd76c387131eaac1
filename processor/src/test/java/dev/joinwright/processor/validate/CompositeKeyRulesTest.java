package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Composite foreign keys (SPEC section 10): the accessors of one entity that reference a
 * composite-keyed target name each of its key columns exactly once, with the same actions; and
 * what a composite key cannot be part of.
 */
class CompositeKeyRulesTest {
    private static final JavaFileObject SEAT = source("Seat", "@Entity public interface Seat {",
            "  @Id String hallCode();", "  @Id int number();", "  String label();", "}");

    private static JavaFileObject booking(String... accessors) {
        String[] lines = new String[accessors.length + 3];
        lines[0] = "@Entity public interface Booking {";
        lines[1] = "  @Id long id();";
        System.arraycopy(accessors, 0, lines, 2, accessors.length);
        lines[lines.length - 1] = "}";
        return source("Booking", lines);
    }

    @Test
    void compositeForeignKeyCompiles() {
        JavaFileObject booking = booking("  @ForeignKey(value = Seat.class, column = \"number\") int seatNumber();",
                "  @ForeignKey(value = Seat.class, column = \"hall_code\") String hallCode();");
        assertThat(compile(SEAT, booking)).succeededWithoutWarnings();
    }

    @Test
    void partOfTheKey() {
        JavaFileObject booking = booking("  @ForeignKey(value = Seat.class, column = \"hall_code\") String hallCode();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW308] the @ForeignKey accessors of Booking to Seat "
                        + "(hallCode) reference (hall_code), which is not the composite key of Seat (hall_code, number). "
                        + "Fix: add an accessor `@ForeignKey(value = Seat.class, column = \"number\")` for each key "
                        + "column not yet referenced: number.")
                .inFile(booking).onLineContaining("String hallCode();");
    }

    @Test
    void keyColumnReferencedTwice() {
        JavaFileObject booking = booking("  @ForeignKey(value = Seat.class, column = \"hall_code\") String hallCode();",
                "  @ForeignKey(value = Seat.class, column = \"hall_code\") String otherHall();",
                "  @ForeignKey(value = Seat.class, column = \"number\") int seatNumber();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW308] the @ForeignKey accessors of Booking to Seat "
                        + "(hallCode, otherHall, seatNumber) reference (hall_code, hall_code, number), which is not the "
                        + "composite key of Seat (hall_code, number). Fix: reference each key column from one accessor only.")
                .inFile(booking).onLineContaining("String hallCode();");
    }

    @Test
    void columnMissing() {
        JavaFileObject booking = booking("  @ForeignKey(Seat.class) String hallCode();",
                "  @ForeignKey(value = Seat.class, column = \"number\") int seatNumber();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW306] @ForeignKey on Booking.hallCode refers to Seat, "
                        + "whose key is composite (hall_code, number), without naming the key column it references. "
                        + "Fix: add column = \"...\" naming one of hall_code, number")
                .inFile(booking).onLineContaining("String hallCode();");
    }

    @Test
    void columnNotInTheKey() {
        JavaFileObject booking = booking("  @ForeignKey(value = Seat.class, column = \"label\") String hallCode();",
                "  @ForeignKey(value = Seat.class, column = \"number\") int seatNumber();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW307] @ForeignKey on Booking.hallCode names column label, "
                        + "which is not part of the composite key of Seat (hall_code, number). Fix: name one of the key "
                        + "columns hall_code, number.")
                .inFile(booking).onLineContaining("String hallCode();");
    }

    @Test
    void typeOfTheReferencedKeyColumn() {
        JavaFileObject booking = booking("  @ForeignKey(value = Seat.class, column = \"hall_code\") String hallCode();",
                "  @ForeignKey(value = Seat.class, column = \"number\") long seatNumber();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW304] Booking.seatNumber has type long but references "
                        + "Seat.number of type int")
                .inFile(booking).onLineContaining("long seatNumber();");
    }

    @Test
    void actionsDisagree() {
        JavaFileObject booking = booking(
                "  @ForeignKey(value = Seat.class, column = \"hall_code\", onDelete = ReferentialAction.CASCADE) String hallCode();",
                "  @ForeignKey(value = Seat.class, column = \"number\") int seatNumber();");
        assertThat(compile(SEAT, booking)).hadErrorContaining("[JW309] the @ForeignKey accessors of Booking to Seat "
                        + "(hallCode, seatNumber) form one constraint but disagree on onDelete (CASCADE, NO_ACTION). "
                        + "Fix: give every accessor of the constraint the same onDelete.")
                .inFile(booking).onLineContaining("String hallCode();");
    }

    @Test
    void manyToManyWithACompositeKey() {
        JavaFileObject seat = source("Seat", "@Entity public interface Seat {",
                "  @Id String hallCode();", "  @Id int number();",
                "  @Relationship(secondary = \"seat_tag\", backPopulates = \"seats\") List<Tag> tags();", "}");
        JavaFileObject tag = source("Tag", "@Entity public interface Tag {", "  @Id long id();",
                "  @Relationship(secondary = \"seat_tag\", backPopulates = \"tags\") List<Seat> seats();", "}");
        assertThat(compile(seat, tag)).hadErrorContaining("[JW508] @Relationship Seat.tags is a many-to-many, but Seat "
                        + "has a composite key (hallCode, number), and an association table links single-column keys. "
                        + "Fix: navigate through an entity instead")
                .inFile(seat).onLineContaining("List<Tag> tags();");
    }
}
