package dev.joinwright.it.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.CheckViolationException;
import dev.joinwright.Database;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.internal.Jdbc;
import dev.joinwright.it.blog.CrewDao;
import dev.joinwright.it.blog.CrewRecord;
import dev.joinwright.it.blog.Rower;
import dev.joinwright.it.blog.RowerDao;
import dev.joinwright.it.blog.RowerRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Unique}/{@code @Index}, {@code @Column(defaultValue)} and enum checks through the generated
 * DAOs: the finder of a two-column unique, a builder that leaves defaulted NOT NULL columns out and
 * gets the database's values back (one row and mixed batches), and an enum CHECK violation
 * translated to {@link CheckViolationException} naming its constraint.
 */
@DisplayName("Table constraints, defaults and enums")
class TableConstraintsScenariosTest {
    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    private static CrewRecord crew(Database database, String code) {
        CrewDao crews = new CrewDao(database);
        return crews.findById(code).orElseGet(() -> crews.insert(CrewRecord.builder().code(code).name("crew " + code).build()));
    }

    private static RowerRecord.Builder rower(String lastName, String firstName, String crewCode, int seat) {
        return RowerRecord.builder().lastName(lastName).firstName(firstName).crewCode(crewCode).seat(seat);
    }

    @OnAllDatabases
    @DisplayName("findByLastNameAndFirstName finds by the two-column unique; a second row with both values is refused")
    void twoColumnUniqueFinder(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        RowerDao rowers = new RowerDao(database);
        String code = crew(database, "FINDER-CREW-16ch").code();
        RowerRecord ada = rowers.insert(rower("Lovelace", "Ada", code, 1).build());
        rowers.insert(rower("Lovelace", "Augusta", code, 2).build());
        rowers.insert(rower("Byron", "Ada", code, 3).build());
        assertEquals(Optional.of(ada), rowers.findByLastNameAndFirstName("Lovelace", "Ada"));
        assertEquals(Optional.empty(), rowers.findByLastNameAndFirstName("Ada", "Lovelace"), "the order of the columns counts");
        UniqueViolationException twice = assertThrows(UniqueViolationException.class,
                () -> rowers.insert(rower("Lovelace", "Ada", code, 4).build()));
        assertEquals("rowers", twice.table().orElse("-").toLowerCase(Locale.ROOT), twice.getMessage());
    }

    @OnAllDatabases
    @DisplayName("a builder may leave defaulted NOT NULL columns out: insert returns the database's values")
    void leftOutDefaultsComeBackFromTheDatabase(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        RowerDao rowers = new RowerDao(database);
        String code = crew(database, "DEFAULT-CREW").code();
        Instant before = Instant.now().minusSeconds(5);
        RowerRecord built = rower("Turing", "Alan", code, 1).build();
        assertNull(built.joinedOn(), "unset until the database chooses");
        assertEquals(true, built.active(), "a primitive's builder starts at its default");
        RowerRecord stored = rowers.insert(built);
        assertEquals(Rower.Side.BOTH, stored.side());
        assertEquals(10, stored.rating());
        assertEquals(new BigDecimal("72.50"), stored.weight());
        assertEquals("it's \\ new", stored.note());
        assertTrue(Math.abs(stored.joinedOn().toEpochDay() - LocalDate.now().toEpochDay()) <= 1, "joinedOn " + stored.joinedOn());
        assertTrue(Duration.between(before, stored.createdAt()).abs().toMinutes() < 5, "createdAt " + stored.createdAt());
        assertEquals(rowers.findById(stored.id()).orElseThrow(), stored, "the returned record is the stored row");

        RowerRecord given = rowers.insert(rower("Hopper", "Grace", code, 2).side(Rower.Side.PORT).rating(3)
                .joinedOn(LocalDate.of(2020, 2, 29)).note("").build());
        assertEquals(Rower.Side.PORT, given.side());
        assertEquals(3, given.rating());
        assertEquals(LocalDate.of(2020, 2, 29), given.joinedOn());
        assertEquals("", given.note(), "an empty string is a value, not unset");
    }

    @OnAllDatabases
    @DisplayName("insertAll with rows that set and leave out defaulted columns keeps each row's values")
    void mixedBatchOfSetAndUnsetDefaults(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        RowerDao rowers = new RowerDao(database);
        String code = crew(database, "BATCH-CREW").code();
        List<RowerRecord> stored = rowers.insertAll(List.of(
                rower("Noether", "Emmy", code, 1).build(),
                rower("Curie", "Marie", code, 2).side(Rower.Side.STARBOARD).rating(1).weight(new BigDecimal("60")).build(),
                rower("Franklin", "Rosalind", code, 3).joinedOn(LocalDate.of(1999, 12, 31)).build()));
        assertEquals(List.of(Rower.Side.BOTH, Rower.Side.STARBOARD, Rower.Side.BOTH), stored.stream().map(RowerRecord::side).toList());
        assertEquals(List.of(10, 1, 10), stored.stream().map(RowerRecord::rating).toList());
        assertEquals(0, new BigDecimal("60.00").compareTo(stored.get(1).weight()), "SQLite keeps 60 as given: " + stored.get(1));
        assertEquals(LocalDate.of(1999, 12, 31), stored.get(2).joinedOn());
        for (RowerRecord row : stored) {
            assertEquals(rowers.findById(row.id()).orElseThrow(), row, row.lastName());
        }
    }

    @OnAllDatabases
    @DisplayName("a value outside an enum's constants is a CheckViolationException naming its constraint")
    void enumCheckViolationIsTranslated(TestDatabase db) throws Exception {
        Database database = BLOG.of(db).database();
        String code = crew(database, "CHECK-CREW").code();
        CheckViolationException violation = assertThrows(CheckViolationException.class, () -> Jdbc.update(database,
                "INSERT INTO rowers (last_name, first_name, crew_code, seat, side) VALUES (?, ?, ?, ?, ?)", "rowers", ps -> {
                    ps.setString(1, "Unknown");
                    ps.setString(2, "Side");
                    ps.setString(3, code);
                    ps.setInt(4, 1);
                    ps.setString(5, "MIDDLE");
                }));
        assertEquals("ck_rowers_side", violation.constraint().orElse("-").toLowerCase(Locale.ROOT), violation.getMessage());
        assertEquals("rowers", violation.table().orElse("-").toLowerCase(Locale.ROOT), violation.getMessage());
    }
}
