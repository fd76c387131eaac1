package dev.joinwright.it.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.it.harder.university.Course;
import dev.joinwright.it.harder.university.CourseDao;
import dev.joinwright.it.harder.university.CourseRecord;
import dev.joinwright.it.harder.university.DepartmentDao;
import dev.joinwright.it.harder.university.DepartmentRecord;
import dev.joinwright.it.harder.university.EnrollmentDao;
import dev.joinwright.it.harder.university.EnrollmentRecord;
import dev.joinwright.it.harder.university.Status;
import dev.joinwright.it.harder.university.Student;
import dev.joinwright.it.harder.university.StudentDao;
import dev.joinwright.it.harder.university.StudentRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The university's {@code Enrollment} as SQLAlchemy's association object (SPEC section 10): the
 * many-to-many {@code Student.courses}/{@code Course.students} goes through its table, which carries
 * a grade and a date; navigated from both sides and through the entity itself, equal to hand-written
 * SQL; links that let the default fill the date, a replace that keeps the grades of the links that
 * stay; composite-key find, delete, navigation and batches; eager loads through it.
 */
@DisplayName("Association objects")
class AssociationObjectScenariosTest {
    @RegisterExtension
    static final Sandboxes HARDER = new Sandboxes(GeneratedSchema.HARDER.setup());

    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

    private record School(Sandbox sandbox, StudentDao students, CourseDao courses, EnrollmentDao enrollments,
            List<StudentRecord> people, List<CourseRecord> classes) {}

    private static School school(TestDatabase db) throws Exception {
        Sandbox sandbox = HARDER.of(db);
        sandbox.execute("DELETE FROM enrollment", "DELETE FROM locker", "UPDATE student SET mentor_id = NULL",
                "DELETE FROM student", "DELETE FROM course", "DELETE FROM dept");
        Database database = sandbox.database();
        StudentDao students = new StudentDao(database);
        CourseDao courses = new CourseDao(database);
        EnrollmentDao enrollments = new EnrollmentDao(database);
        DepartmentRecord cs = new DepartmentDao(database).insert(DepartmentRecord.builder().code("CS").name("Computing")
                .build());
        List<CourseRecord> classes = new ArrayList<>();
        for (String title : List.of("Algorithms", "Databases", "Compilers")) {
            classes.add(courses.insert(CourseRecord.builder().code(title.substring(0, 3).toUpperCase()).title(title)
                    .credits(5).departmentId(cs.id()).build()));
        }
        List<StudentRecord> people = new ArrayList<>();
        int n = 0;
        for (String last : List.of("Lovelace", "Turing", "Hopper")) {
            people.add(students.insert(StudentRecord.builder().email(last + "@uni.edu").firstName("-").lastName(last)
                    .status(Status.ENROLLED).active(true).createdAt(Instant.EPOCH.plusSeconds(++n)).build()));
        }
        // Lovelace: Algorithms (graded) and Databases; Turing: Algorithms; Hopper: none yet
        enrollments.insert(enrollment(people.get(0), classes.get(0), "1.3"));
        enrollments.insert(enrollment(people.get(0), classes.get(1), null));
        enrollments.insert(enrollment(people.get(1), classes.get(0), "2.0"));
        return new School(sandbox, students, courses, enrollments, people, classes);
    }

    private static EnrollmentRecord enrollment(Student student, Course course, String grade) {
        return EnrollmentRecord.builder().studentId(student.id()).courseId(course.id())
                .grade(grade == null ? null : new BigDecimal(grade)).enrolledOn(SEPTEMBER).build();
    }

    private static List<String> titles(List<? extends Course> courses) {
        return courses.stream().map(Course::title).toList();
    }

    private static List<String> names(List<? extends Student> students) {
        return students.stream().map(Student::lastName).toList();
    }

    /** {@code student last name -> course titles} by hand-written SQL through the enrollment table. */
    private static Map<String, List<String>> bySql(Sandbox sandbox) throws SQLException {
        Map<String, List<String>> links = new TreeMap<>();
        try (Connection c = sandbox.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT s.last_name, c.title FROM student s"
                        + " LEFT JOIN enrollment e ON e.student_id = s.id LEFT JOIN course c ON c.id = e.course_id"
                        + " ORDER BY s.last_name, c.title")) {
            while (rs.next()) {
                List<String> titles = links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                    titles.add(rs.getString(2));
                }
            }
        }
        return links;
    }

    private static Map<String, List<String>> byDao(School school) {
        Map<String, List<String>> links = new TreeMap<>();
        school.students().courses(school.students().findAll()).forEach((id, courses) -> links.put(
                school.students().findById(id).orElseThrow().lastName(),
                courses.stream().map(Course::title).sorted().toList()));
        return links;
    }

    private static String grade(Sandbox sandbox, long studentId, long courseId) throws SQLException {
        try (Connection c = sandbox.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT grade FROM enrollment WHERE student_id = ? AND course_id = ?")) {
            ps.setLong(1, studentId);
            ps.setLong(2, courseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getBigDecimal(1)) : "no row";
            }
        }
    }

    @OnAllDatabases
    @DisplayName("many-to-many through the entity's table from both sides, equal to hand-written SQL")
    void navigatedFromBothSides(TestDatabase db) throws Exception {
        School school = school(db);
        StudentRecord lovelace = school.people().get(0);
        CourseRecord algorithms = school.classes().get(0);
        assertEquals(List.of("Algorithms", "Databases"), titles(school.students().courses(lovelace)));
        assertEquals(List.of("Lovelace", "Turing"),
                names(school.courses().students(algorithms)).stream().sorted().toList());
        assertEquals(bySql(school.sandbox()), byDao(school));
        Map<Long, List<StudentRecord>> byCourse = school.courses().students(school.courses().findAll());
        assertEquals(List.of(2, 1, 0), school.classes().stream().map(c -> byCourse.get(c.id()).size()).toList());
    }

    @OnAllDatabases
    @DisplayName("the entity's own navigation, composite-key find, delete and batches")
    void throughTheEntity(TestDatabase db) throws Exception {
        School school = school(db);
        StudentRecord lovelace = school.people().get(0);
        StudentRecord turing = school.people().get(1);
        CourseRecord algorithms = school.classes().get(0);
        List<String> grades = school.students().enrollments(lovelace).stream()
                .map(e -> e.courseId() + ":" + (e.grade() == null ? "-" : e.grade().stripTrailingZeros().toPlainString()))
                .toList();
        assertEquals(List.of(algorithms.id() + ":1.3", school.classes().get(1).id() + ":-"), grades);
        EnrollmentRecord found = school.enrollments().findById(turing.id(), algorithms.id()).orElseThrow();
        assertEquals(0, new BigDecimal("2.0").compareTo(found.grade()));
        assertEquals(SEPTEMBER, found.enrolledOn());
        assertEquals("Turing", school.enrollments().student(found).lastName());
        assertEquals("Algorithms", school.enrollments().course(turing.id(), algorithms.id()).orElseThrow().title());
        assertFalse(school.enrollments().findById(turing.id(), school.classes().get(2).id()).isPresent());
        Map<EnrollmentDao.Key, CourseRecord> courseOf = school.enrollments().course(school.enrollments().findAll());
        assertEquals(3, courseOf.size());
        assertEquals("Databases", courseOf.get(new EnrollmentDao.Key(lovelace.id(), school.classes().get(1).id())).title());
        Map<Long, List<EnrollmentRecord>> ofCourse = school.courses().enrollments(school.courses().findAll());
        assertEquals(2, ofCourse.get(algorithms.id()).size());
        assertEquals(List.of(), ofCourse.get(school.classes().get(2).id()));
        assertEquals(0, new BigDecimal("1.5").compareTo(school.enrollments().update(found.withGrade(new BigDecimal("1.5")))
                .grade()));
        assertEquals("1.5", grade(school.sandbox(), turing.id(), algorithms.id()));
        assertTrue(school.enrollments().deleteById(turing.id(), algorithms.id()));
        assertFalse(school.enrollments().deleteById(turing.id(), algorithms.id()));
        assertEquals("no row", grade(school.sandbox(), turing.id(), algorithms.id()));
        assertEquals(List.of(), school.students().courses(turing));
    }

    @OnAllDatabases
    @DisplayName("link writes the two keys and the default fills the date; replace keeps the rows that stay")
    void linkAndReplace(TestDatabase db) throws Exception {
        School school = school(db);
        StudentRecord lovelace = school.people().get(0);
        StudentRecord hopper = school.people().get(2);
        CourseRecord algorithms = school.classes().get(0);
        CourseRecord databases = school.classes().get(1);
        CourseRecord compilers = school.classes().get(2);
        school.students().linkCourses(hopper, compilers, algorithms);
        school.students().linkCourses(hopper, compilers); // idempotent
        school.courses().linkStudents(compilers, lovelace);
        EnrollmentRecord linked = school.enrollments().findById(hopper.id(), compilers.id()).orElseThrow();
        assertEquals(null, linked.grade());
        assertNotNull(linked.enrolledOn()); // DEFAULT CURRENT_DATE
        assertEquals(bySql(school.sandbox()), byDao(school));
        school.students().replaceCourses(lovelace, List.of(algorithms, compilers));
        assertEquals(List.of("Algorithms", "Compilers"), titles(school.students().courses(lovelace)));
        assertEquals("1.3", new BigDecimal(grade(school.sandbox(), lovelace.id(), algorithms.id())).stripTrailingZeros()
                .toPlainString()); // the link that stayed kept its row
        assertEquals("no row", grade(school.sandbox(), lovelace.id(), databases.id()));
        school.students().unlinkCourses(hopper, algorithms);
        assertEquals(List.of("Compilers"), titles(school.students().courses(hopper)));
        assertEquals(bySql(school.sandbox()), byDao(school));
    }

    @OnAllDatabases
    @DisplayName("eager fetches through the association object")
    void eager(TestDatabase db) throws Exception {
        School school = school(db);
        List<String> students = school.students().findAll(StudentDao.Fetch.COURSES, StudentDao.Fetch.ENROLLMENTS).stream()
                .map(s -> s.lastName() + titles(s.courses()).stream().sorted().toList() + s.enrollments().size())
                .toList();
        assertEquals(List.of("Lovelace[Algorithms, Databases]2", "Turing[Algorithms]1", "Hopper[]0"), students);
        List<String> enrollments = school.enrollments().findAll(EnrollmentDao.Fetch.STUDENT, EnrollmentDao.Fetch.COURSE)
                .stream().map(e -> e.student().lastName() + "-" + e.course().title()).sorted().toList();
        assertEquals(List.of("Lovelace-Algorithms", "Lovelace-Databases", "Turing-Algorithms"), enrollments);
        CourseRecord algorithms = school.courses().findById(school.classes().get(0).id(), CourseDao.Fetch.STUDENTS,
                CourseDao.Fetch.ENROLLMENTS).orElseThrow();
        assertEquals(List.of("Lovelace", "Turing"), names(algorithms.students()).stream().sorted().toList());
        assertEquals(2, algorithms.enrollments().size());
        EnrollmentRecord one = school.enrollments().findById(school.people().get(0).id(), school.classes().get(1).id(),
                EnrollmentDao.Fetch.COURSE).orElseThrow();
        assertEquals("Databases", one.course().title());
        assertEquals(List.of("Lovelace", "Turing", "Hopper"), school.students().findAll().stream()
                .map(Student::lastName).collect(Collectors.toList()));
        assertTrue(school.enrollments().count() == 3);
    }
}
