package association;

import dev.joinwright.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The association object Enrollment through the generated DAOs: the many-to-many navigated from both
 * sides through its table, the entity's own navigation, eager loads, links and a replace that keeps
 * the rows that stay. The test runs it on each database and checks the rows with hand-written SQL.
 */
public final class Smoke implements Function<Database, String> {
    public static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    public static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    public static final UUID CY = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Override
    public String apply(Database db) {
        StudentDao students = new StudentDao(db);
        CourseDao courses = new CourseDao(db);
        EnrollmentDao enrollments = new EnrollmentDao(db);
        ReviewDao reviews = new ReviewDao(db);
        List<String> out = new ArrayList<>();
        StudentRecord ann = students.insert(StudentRecord.builder().id(ANN).name("Ann").build());
        StudentRecord bob = students.insert(StudentRecord.builder().id(BOB).name("Bob").build());
        StudentRecord cy = students.insert(StudentRecord.builder().id(CY).name("Cy").build());
        CourseRecord alg = courses.insert(CourseRecord.builder().code("ALG").title("Algebra").build());
        CourseRecord bio = courses.insert(CourseRecord.builder().code("BIO").title("Biology").build());
        CourseRecord che = courses.insert(CourseRecord.builder().code("CHE").title("Chemistry").build());
        enrollments.insert(EnrollmentRecord.builder().studentId(ANN).courseCode("ALG").grade(new BigDecimal("1.30"))
                .enrolledOn(LocalDate.of(2025, 9, 1)).build());
        enrollments.insert(EnrollmentRecord.builder().studentId(ANN).courseCode("BIO").enrolledOn(LocalDate.of(2025, 9, 2))
                .build());
        students.linkCourses(bob, alg, che);
        students.linkCourses(bob, alg); // idempotent
        courses.linkStudents(che, cy);
        out.add("courses(Ann)=" + titles(students.courses(ann)));
        out.add("courses(Bob)=" + titles(students.courses(BOB)));
        out.add("students(ALG)=" + names(courses.students(alg)));
        out.add("courses(*)=" + students.courses(students.findAll()).entrySet().stream()
                .map(e -> e.getKey().toString().substring(35) + ":" + titles(e.getValue())).toList());
        out.add("students(*)=" + courses.students(courses.findAll()).entrySet().stream()
                .map(e -> e.getKey() + ":" + names(e.getValue())).toList());
        out.add("enrollments(Ann)=" + students.enrollments(ann).stream().map(Smoke::enrollment).toList());
        EnrollmentRecord annAlg = enrollments.findById(ANN, "ALG").orElseThrow();
        out.add("findById=" + enrollment(annAlg) + "," + enrollments.findById(CY, "ALG").isPresent());
        out.add("through entity=" + enrollments.student(annAlg).name() + "/" + enrollments.course(annAlg).title()
                + "," + enrollments.course(BOB, "CHE").map(CourseRecord::title).orElse("-"));
        Map<EnrollmentDao.Key, CourseRecord> courseOf = enrollments.course(enrollments.findAll());
        out.add("course(*)=" + courseOf.entrySet().stream()
                .map(e -> e.getKey().studentId().toString().substring(35) + e.getKey().courseCode() + ">" + e.getValue().title())
                .toList());
        out.add("eager students=" + students.findAll(StudentDao.Fetch.COURSES, StudentDao.Fetch.ENROLLMENTS).stream()
                .map(s -> s.name() + titles(s.courses()) + s.enrollments().size()).toList());
        out.add("eager enrollments=" + enrollments.findAll(EnrollmentDao.Fetch.STUDENT, EnrollmentDao.Fetch.COURSE).stream()
                .map(e -> e.student().name() + "-" + e.course().code()).toList());
        out.add("eager courses=" + courses.findById("ALG", CourseDao.Fetch.STUDENTS, CourseDao.Fetch.ENROLLMENTS)
                .map(c -> names(c.students()) + c.enrollments().size()).orElse("-"));
        students.replaceCourses(ann, List.of(alg, che));
        out.add("replace=" + titles(students.courses(ann)) + ", ALG kept "
                + enrollment(enrollments.findById(ANN, "ALG").orElseThrow()));
        courses.unlinkStudents(che, cy, bob);
        out.add("unlink=" + names(courses.students(che)));
        out.add("update=" + enrollment(enrollments.update(annAlg.withGrade(new BigDecimal("2.00")))));
        reviews.insert(ReviewRecord.builder().courseCode("BIO").studentId(CY).stars(5).build());
        out.add("reviewers(BIO)=" + names(courses.reviewers(bio)) + ", reviewed(Cy)=" + titles(students.reviewed(cy)));
        out.add("linked rows=" + students.enrollments(bob).stream().map(Smoke::enrollment).toList());
        out.add("delete=" + enrollments.deleteById(BOB, "ALG") + "," + enrollments.count() + "," + titles(students.courses(bob)));
        return String.join("\n", out);
    }

    private static String enrollment(Enrollment e) {
        return e.courseCode() + ":" + (e.grade() == null ? "-" : e.grade().stripTrailingZeros().toPlainString())
                + "@" + (e.enrolledOn().getYear() == 2025 ? e.enrolledOn().toString().substring(5) : "default");
    }

    private static String titles(List<? extends Course> courses) {
        return courses.stream().map(Course::title).collect(Collectors.joining(",", "[", "]"));
    }

    private static String names(List<? extends Student> students) {
        return students.stream().map(Student::name).collect(Collectors.joining(",", "[", "]"));
    }
}
