package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.Database;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The association object Enrollment (SPEC section 10) on every database: the model's {@code Smoke}
 * (compiled with it) navigates the many-to-many through the entity's table from both sides, the
 * entity's own many-to-one and one-to-many, eager loads, links, a replace that keeps the rows that
 * stay, and composite-key finds; then hand-written SQL reads the same rows back.
 */
class AssociationObjectTest {
    private static final CompiledModel ASSOCIATION = CompiledModel.of("association");
    private static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void navigatedFromBothSidesAndThroughTheEntity(TestDatabase database) throws Exception {
        database.assumeAvailable();
        try (Sandbox sandbox = database.sandbox()) {
            ASSOCIATION.create(sandbox.connection);
            @SuppressWarnings("unchecked")
            Function<Database, String> smoke = (Function<Database, String>)
                    ASSOCIATION.load("association.Smoke").getConstructor().newInstance();
            assertEquals(String.join("\n",
                    "courses(Ann)=[Algebra,Biology]",
                    "courses(Bob)=[Algebra,Chemistry]",
                    "students(ALG)=[Ann,Bob]",
                    "courses(*)=[a:[Algebra,Biology], b:[Algebra,Chemistry], c:[Chemistry]]",
                    "students(*)=[ALG:[Ann,Bob], BIO:[Ann], CHE:[Bob,Cy]]",
                    "enrollments(Ann)=[ALG:1.3@09-01, BIO:-@09-02]",
                    "findById=ALG:1.3@09-01,false",
                    "through entity=Ann/Algebra,Chemistry",
                    "course(*)=[aALG>Algebra, aBIO>Biology, bALG>Algebra, bCHE>Chemistry, cCHE>Chemistry]",
                    "eager students=[Ann[Algebra,Biology]2, Bob[Algebra,Chemistry]2, Cy[Chemistry]1]",
                    "eager enrollments=[Ann-ALG, Ann-BIO, Bob-ALG, Bob-CHE, Cy-CHE]",
                    "eager courses=[Ann,Bob]2",
                    "replace=[Algebra,Chemistry], ALG kept ALG:1.3@09-01",
                    "unlink=[Ann]",
                    "update=ALG:2@09-01",
                    "reviewers(BIO)=[Cy], reviewed(Cy)=[Biology]",
                    "linked rows=[ALG:-@default]",
                    "delete=true,2,[]"), smoke.apply(sandbox.database()));
            // the same rows, read by hand-written SQL
            assertEquals(List.of("ALG", "CHE"), sandbox.column(
                    "SELECT c.code FROM course c JOIN enrollment e ON e.course_code = c.code WHERE e.student_id = ?"
                            + " ORDER BY c.title", ANN).stream().map(Object::toString).toList());
            assertEquals(List.of("Ann"), sandbox.column(
                    "SELECT s.name FROM student s JOIN enrollment e ON e.student_id = s.id WHERE e.course_code = ?"
                            + " ORDER BY s.name", "CHE").stream().map(Object::toString).toList());
            assertEquals(2L, sandbox.number("SELECT COUNT(*) FROM enrollment"));
            assertEquals(List.of("2"), sandbox.column("SELECT grade FROM enrollment WHERE student_id = ? AND course_code = ?",
                    ANN, "ALG").stream().map(g -> new java.math.BigDecimal(g.toString()).stripTrailingZeros().toPlainString())
                    .toList());
            ASSOCIATION.drop(sandbox.connection);
        }
    }
}
