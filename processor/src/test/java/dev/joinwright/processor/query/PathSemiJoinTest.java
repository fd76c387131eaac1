package dev.joinwright.processor.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.processor.sql.CompiledModel;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A to-many path of a derived query is a semi-join, written per dialect: H2 runs a correlated
 * {@code EXISTS} once per outer row, so there the condition is the key {@code IN} the subquery; the
 * other dialects keep the correlated {@code EXISTS}. The answers are the same on all four
 * ({@code QueryScenariosTest#paths} in the it module).
 */
class PathSemiJoinTest {
    private static final String FROM = "FROM enrollment s1a JOIN course s1 ON s1.id = s1a.course_id"
            + " JOIN department s2 ON s2.id = s1.department_id";

    @Test
    void toManyPathIsAKeyInOnH2AndAnExistsElsewhere() throws Exception {
        String dao = CompiledModel.of("university").compilation()
                .generatedFile(StandardLocation.SOURCE_OUTPUT, "university/StudentDao.java").orElseThrow()
                .getCharContent(true).toString();
        String in = "WHERE x.id IN (SELECT s1a.student_id " + FROM + " WHERE s2.code = ?)";
        String exists = "WHERE EXISTS (SELECT 1 " + FROM + " WHERE s1a.student_id = x.id AND s2.code = ?)";
        assertTrue(dao.contains(in), "H2's findByCoursesDepartmentCode: " + in);
        assertTrue(dao.contains(exists), "the other dialects' findByCoursesDepartmentCode: " + exists);
        assertEquals(1, count(dao, in), "H2 only");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
