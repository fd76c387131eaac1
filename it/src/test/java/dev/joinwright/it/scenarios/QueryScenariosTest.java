package dev.joinwright.it.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.DataAccessException;
import dev.joinwright.Database;
import dev.joinwright.Keyset;
import dev.joinwright.Page;
import dev.joinwright.Sort;
import java.util.ArrayList;
import dev.joinwright.it.harder.university.Course;
import dev.joinwright.it.harder.university.CourseDao;
import dev.joinwright.it.harder.university.CourseQueries;
import dev.joinwright.it.harder.university.CourseRecord;
import dev.joinwright.it.harder.university.Department;
import dev.joinwright.it.harder.university.DepartmentDao;
import dev.joinwright.it.harder.university.DepartmentQueries;
import dev.joinwright.it.harder.university.DepartmentRecord;
import dev.joinwright.it.harder.university.LockerDao;
import dev.joinwright.it.harder.university.LockerRecord;
import dev.joinwright.it.harder.university.PathQueries;
import dev.joinwright.it.harder.university.ReportQueries;
import dev.joinwright.it.harder.university.Status;
import dev.joinwright.it.harder.university.Student;
import dev.joinwright.it.harder.university.StudentDao;
import dev.joinwright.it.harder.university.StudentQueries;
import dev.joinwright.it.harder.university.StudentRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import java.sql.Connection;
import java.sql.Statement;
import dev.joinwright.it.matrix.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Derived queries of {@code @Queries} interfaces on the university model: every operator, every
 * return type, paths through each relationship kind; each answer must be the same on every database.
 */
@DisplayName("Queries")
class QueryScenariosTest {
    @RegisterExtension
    static final Sandboxes HARDER = new Sandboxes(GeneratedSchema.HARDER.setup());

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The university of every scenario; each scenario gets its own sandbox. */
    private record University(StudentDao students, CourseDao courses, DepartmentDao departments) {}

    private static University university(TestDatabase db) throws Exception {
        Sandbox sandbox = HARDER.of(db);
        try (Connection c = sandbox.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of("DELETE FROM enrollment", "DELETE FROM locker", "UPDATE student SET mentor_id = NULL",
                    "DELETE FROM student", "DELETE FROM course", "DELETE FROM dept")) {
                s.executeUpdate(sql);
            }
        }
        Database database = sandbox.database();
        StudentDao students = new StudentDao(database);
        CourseDao courses = new CourseDao(database);
        DepartmentDao departments = new DepartmentDao(database);
        LockerDao lockers = new LockerDao(database);
        DepartmentRecord cs = departments.insert(department("CS", "Computing", "1000.50"));
        DepartmentRecord math = departments.insert(department("MATH", "Mathematics", "200"));
        departments.insert(department("ART", "Arts", null));
        CourseRecord cs101 = courses.insert(course("CS101", "Programming", 5, cs.id()));
        CourseRecord cs102 = courses.insert(course("CS102", "Algorithms", 3, cs.id()));
        CourseRecord ma201 = courses.insert(course("MA201", "Analysis", 4, math.id()));
        StudentRecord ada = students.insert(student("Ada@Uni.EDU", "Ada", "Lovelace", Status.ENROLLED, true, "3.90", 1,
                null, cs.id()));
        StudentRecord alan = students.insert(student("alan@uni.edu", "Alan", "Turing", Status.ENROLLED, true, "3.50", 2,
                ada.id(), math.id()));
        StudentRecord grace = students.insert(student("grace@uni.edu", "Grace", "Hopper", Status.GRADUATED, false,
                "4.00", 3, alan.id(), cs.id()));
        students.insert(student("edsger@uni.edu", "Edsger", "Dijkstra", Status.SUSPENDED, true, null, 4, null, null));
        students.insert(student("o1@uni.edu", "Oona", "O_Neil", Status.SUSPENDED, false, "2.00", 5, null, null));
        students.insert(student("o2@uni.edu", "Otto", "OXNeil", Status.SUSPENDED, false, "10.00", 6, null, null));
        students.insert(student("p1@uni.edu", "Pat", "100%!x", Status.SUSPENDED, false, "1.00", 7, null, null));
        students.insert(student("p2@uni.edu", "Pia", "100X!y", Status.SUSPENDED, false, "1.50", 8, null, null));
        students.linkCourses(ada, cs101, ma201);
        students.linkCourses(alan, ma201);
        students.linkCourses(grace, cs101, cs102);
        lockers.insert(LockerRecord.builder().number("L1").studentId(ada.id()).build());
        lockers.insert(LockerRecord.builder().number("L2").studentId(grace.id()).build());
        return new University(students, courses, departments);
    }

    private static DepartmentRecord department(String code, String name, String budget) {
        return DepartmentRecord.builder().code(code).name(name).budget(budget == null ? null : new BigDecimal(budget))
                .build();
    }

    private static CourseRecord course(String code, String title, int credits, long departmentId) {
        return CourseRecord.builder().code(code).title(title).credits(credits).departmentId(departmentId).build();
    }

    private static StudentRecord student(String email, String first, String last, Status status, boolean active,
            String gpa, int day, Long mentorId, Long majorId) {
        return StudentRecord.builder().email(email).firstName(first).lastName(last).status(status).active(active)
                .gpa(gpa == null ? null : new BigDecimal(gpa)).createdAt(T0.plusSeconds(86_400L * day))
                .mentorId(mentorId).majorId(majorId).build();
    }

    private static String last(List<? extends Student> rows) {
        return rows.stream().map(Student::lastName).collect(Collectors.joining(","));
    }

    private static String sortedLast(List<? extends Student> rows) {
        return rows.stream().map(Student::lastName).sorted().collect(Collectors.joining(","));
    }

    @OnAllDatabases
    @DisplayName("every operator on the entity's own columns")
    void operators(TestDatabase db) throws Exception {
        StudentQueries q = university(db).students();
        assertEquals("Turing", last(q.findByLastName("Turing")));
        assertEquals("Turing", last(q.findByLastNameIs("Turing")));
        assertEquals("Lovelace,Hopper,Dijkstra,O_Neil,OXNeil,100%!x,100X!y", last(q.findByLastNameNot("Turing")));
        assertEquals("Lovelace,Turing,Hopper", last(q.findByStatusIn(Set.of(Status.ENROLLED, Status.GRADUATED))));
        assertEquals("", last(q.findByStatusIn(Set.of())));
        assertEquals("Hopper", last(q.findByStatusNotIn(List.of(Status.ENROLLED, Status.SUSPENDED))));
        assertEquals(8, q.findByStatusNotIn(List.of()).size());
        // decimals compare numerically on every database (SQLite stores them as text): 10.00 > 4.00
        assertEquals("O_Neil,100%!x,100X!y", last(q.findByGpaLessThan(new BigDecimal("3.5"))));
        assertEquals("Turing,O_Neil,100%!x,100X!y", last(q.findByGpaLessThanEqual(new BigDecimal("3.50"))));
        assertEquals("Lovelace,Hopper,OXNeil", last(q.findByGpaGreaterThan(new BigDecimal("3.5"))));
        assertEquals("Lovelace,Turing,Hopper,OXNeil", last(q.findByGpaGreaterThanEqual(new BigDecimal("3.5"))));
        assertEquals("Lovelace,Turing,Hopper", last(q.findByGpaBetween(new BigDecimal("3.5"), new BigDecimal("4"))));
        assertEquals("Lovelace", last(q.findByCreatedAtBefore(T0.plusSeconds(86_400L * 2))));
        assertEquals("100X!y", last(q.findByCreatedAtAfter(T0.plusSeconds(86_400L * 7))));
        assertEquals("Dijkstra", last(q.findByGpaIsNull()));
        assertEquals(7, q.findByGpaIsNotNull().size());
        assertEquals("Lovelace,Hopper,O_Neil,OXNeil", last(q.findByLastNameLike("%e%")));
        assertEquals("Turing,Dijkstra,100%!x,100X!y", last(q.findByLastNameNotLike("%e%")));
        assertEquals("O_Neil,OXNeil", last(q.findByLastNameLike("O_Neil")));
        assertEquals("", last(q.findByLastNameLike("lovelace")));
        assertEquals("Lovelace", last(q.findByLastNameStartingWith("Love")));
        assertEquals("", last(q.findByLastNameStartingWith("love")));
        assertEquals("Lovelace,Turing,Dijkstra", last(q.findByActiveTrue()));
        assertEquals("Hopper,O_Neil,OXNeil,100%!x,100X!y", last(q.findByActiveFalse()));
    }

    @OnAllDatabases
    @DisplayName("StartingWith, EndingWith and Containing escape %, _ and the escape character")
    void likeEscaping(TestDatabase db) throws Exception {
        StudentQueries q = university(db).students();
        assertEquals("O_Neil", last(q.findByLastNameStartingWith("O_")));
        assertEquals("100%!x", last(q.findByLastNameStartingWith("100%")));
        assertEquals("100%!x", last(q.findByLastNameContaining("%")));
        assertEquals("O_Neil", last(q.findByLastNameContaining("_")));
        assertEquals("100%!x", last(q.findByLastNameEndingWith("%!x")));
        assertEquals("100%!x,100X!y", last(q.findByLastNameContaining("!")));
        assertEquals("", last(q.findByLastNameContaining("*")));
        assertEquals("O_Neil,OXNeil", last(q.findByLastNameEndingWith("Neil")));
    }

    @OnAllDatabases
    @DisplayName("IgnoreCase and AllIgnoreCase agree on every database")
    void ignoreCase(TestDatabase db) throws Exception {
        StudentQueries q = university(db).students();
        assertEquals("Lovelace", q.findByEmailIgnoreCase("ada@UNI.edu").orElseThrow().lastName());
        assertTrue(q.findByEmailIgnoreCase("nobody@uni.edu").isEmpty());
        assertEquals("Lovelace", last(q.findByLastNameContainingIgnoreCase("LOVE")));
        assertEquals("Lovelace", last(q.findByLastNameStartingWithIgnoreCase("lOvE")));
        assertEquals("O_Neil", last(q.findByLastNameStartingWithIgnoreCase("o_")));
        assertEquals("Lovelace,Turing", last(q.findByFirstNameOrLastNameAllIgnoreCase("ADA", "turing")));
    }

    @OnAllDatabases
    @DisplayName("And binds tighter than Or; OrderBy, Top, First and pages")
    void precedenceOrderAndLimits(TestDatabase db) throws Exception {
        StudentQueries q = university(db).students();
        // (active AND status = SUSPENDED) OR lastName = 'Hopper'
        assertEquals("Hopper,Dijkstra", last(q.findByActiveTrueAndStatusOrLastName(Status.SUSPENDED, "Hopper")));
        List<StudentRecord> enrolled = q.findByStatusOrderByLastNameDescFirstNameAsc(Status.ENROLLED);
        assertEquals("Turing,Lovelace", last(enrolled));
        assertEquals("100X!y,100%!x", last(q.findTop2ByOrderByCreatedAtDesc()));
        assertEquals("OXNeil", q.findFirstByOrderByGpaDesc().orElseThrow().lastName());
        // NULL first ascending, on every database
        assertEquals("Dijkstra,Turing", last(q.findDistinctByActiveTrueOrderByGpaAsc(Page.of(0, 2))));
        assertEquals("Lovelace", last(q.findDistinctByActiveTrueOrderByGpaAsc(new Page(2, 5))));
        assertEquals("", last(q.findDistinctByActiveTrueOrderByGpaAsc(new Page(3, 5))));
    }

    @OnAllDatabases
    @DisplayName("a typed dynamic Sort from the DAO's column constants, with and without a page")
    void dynamicSort(TestDatabase db) throws Exception {
        StudentQueries q = university(db).students();
        assertEquals("OXNeil,O_Neil,100X!y,100%!x,Dijkstra",
                last(q.findByStatus(Status.SUSPENDED, Sort.by(StudentDao.SortBy.GPA.desc()))));
        assertEquals("Dijkstra,100%!x,100X!y,O_Neil,OXNeil",
                last(q.findByStatus(Status.SUSPENDED, Sort.by(StudentDao.SortBy.GPA.asc()))));
        assertEquals("Dijkstra,O_Neil,OXNeil,100%!x,100X!y", last(q.findByStatus(Status.SUSPENDED, (Sort<Student>) null)));
        assertEquals("100X!y,100%!x,OXNeil,O_Neil,Dijkstra", last(q.findByStatus(Status.SUSPENDED,
                Sort.by(StudentDao.SortBy.ACTIVE.asc()).then(StudentDao.SortBy.EMAIL.desc()))));
        assertEquals("Dijkstra,Turing", last(q.findByActiveTrue(Sort.by(StudentDao.SortBy.CREATED_AT.desc()),
                Page.first(2))));
    }

    @OnAllDatabases
    @DisplayName("keyset paging over 10,000 rows equals offset paging")
    void keysetPaging(TestDatabase db) throws Exception {
        University u = university(db);
        StudentQueries q = u.students();
        List<StudentRecord> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(student("bulk" + i + "@uni.edu", "Bulk", "N" + i, Status.ENROLLED, true, null, 10, null, null)
                    .withCreatedAt(T0.plusSeconds(i % 97)));
        }
        u.students().insertAll(many);
        List<Long> byOffset = new ArrayList<>();
        for (Page page = Page.of(0, 777); ; page = page.next()) {
            List<Student> rows = q.findByActiveTrueOrderByCreatedAtDesc(page);
            rows.forEach(r -> byOffset.add(r.id()));
            if (rows.size() < page.limit()) {
                break;
            }
        }
        List<Long> byKeyset = new ArrayList<>();
        int pages = 0;
        for (Keyset<Student> page = Keyset.first(777); ; pages++) {
            List<Student> rows = q.findByActiveTrueOrderByCreatedAtDescIdAsc(page);
            if (rows.isEmpty()) {
                break;
            }
            rows.forEach(r -> byKeyset.add(r.id()));
            page = page.next(rows);
        }
        assertEquals(10_003, byOffset.size());
        assertEquals(13, pages);
        assertEquals(byOffset, byKeyset);
        assertEquals(10_003, new java.util.HashSet<>(byKeyset).size());
        // a keyset with a collection parameter, ending in a unique column
        List<Student> first = q.findByStatusInOrderByEmailAsc(Set.of(Status.GRADUATED, Status.SUSPENDED), Keyset.first(2));
        assertEquals("edsger@uni.edu,grace@uni.edu", first.stream().map(Student::email).collect(Collectors.joining(",")));
        assertEquals("o1@uni.edu,o2@uni.edu", q.findByStatusInOrderByEmailAsc(Set.of(Status.GRADUATED,
                Status.SUSPENDED), Keyset.<Student>first(2).next(first)).stream().map(Student::email)
                .collect(Collectors.joining(",")));
    }

    @OnAllDatabases
    @DisplayName("@Query: a record projection, entities by label, IN (:ids) with 0, 1, 5,000 and 70,000 ids, a repeated name, scalars, updates")
    void handWritten(TestDatabase db) throws Exception {
        University u = university(db);
        ReportQueries r = u.students();
        assertEquals("[CourseCount[courseCode=CS101, enrolled=2], CourseCount[courseCode=CS102, enrolled=1], "
                + "CourseCount[courseCode=MA201, enrolled=2]]", r.enrollmentsPerCourse().toString());
        assertEquals("100%!x,100X!y", last(r.createdSince(T0.plusSeconds(86_400L * 6))));
        List<Long> ids = u.students().findAll().stream().map(Student::id).toList();
        assertEquals("", last(r.byIds(List.of())));
        assertEquals("Turing", last(r.byIds(List.of(ids.get(1)))));
        for (int size : new int[] {5_000, 70_000}) {
            List<Long> many = new ArrayList<>(ids);
            List<String> emails = new ArrayList<>(List.of("alan@uni.edu", "nobody@uni.edu"));
            for (long i = 1; many.size() < size; i++) {
                many.add(-i);
                emails.add("x" + i + "\"'@uni.edu");
            }
            assertEquals(last(u.students().findAll()), last(r.byIds(many)), size + " ids");
            assertEquals(last(u.students().findAll()), last(u.students().findByIdIn(many)), size + " ids, derived");
            assertEquals(List.of("alan@uni.edu"), r.knownEmails(emails), size + " strings");
            assertEquals("Lovelace,Dijkstra", last(u.students().findByEmailNotInAndActiveTrue(emails)), size + " strings");
        }
        assertEquals("Turing", last(u.students().findByIdIn(List.of(ids.get(1)))));
        assertEquals("", last(u.students().findByIdIn(List.of())));
        assertEquals(1L, r.countNamed("Ada"));
        assertEquals(1L, r.countNamed("Turing"));
        assertEquals("alan@uni.edu", r.emails(Status.ENROLLED).get(1));
        assertEquals("Hopper", r.byEmail("grace@uni.edu").orElseThrow().lastName());
        DataAccessException doubled = assertThrows(DataAccessException.class, () -> r.withMentorEmail("alan@uni.edu"));
        assertTrue(doubled.getMessage().contains("email"), doubled.getMessage());
        assertEquals(2, r.setActive(Status.ENROLLED, false));
        assertEquals("Dijkstra", last(u.students().findByActiveTrue()));
    }

    @OnAllDatabases
    @DisplayName("a derived query with a plan: the nested level loaded, one statement per relationship of each level, however many rows")
    void derivedWithPlan(TestDatabase db) throws Exception {
        university(db);
        NestedFetchPlanScenariosTest.Counting counting = new NestedFetchPlanScenariosTest.Counting(
                HARDER.of(db).dataSource());
        StudentQueries q = new StudentDao(Database.of(counting, db.dialect()));
        StudentDao.Plan plan = StudentDao.plan().courses(CourseDao.plan().department()).mentor();
        List<StudentRecord> enrolled = q.findByStatusInOrderByEmailDesc(Set.of(Status.ENROLLED), plan);
        int statements = counting.prepared.size();
        assertEquals("Turing[MA201 MATH] mentor Lovelace, Lovelace[CS101 CS, MA201 MATH] mentor -",
                enrolled.stream().map(QueryScenariosTest::withPlan).collect(Collectors.joining(", ")));
        assertEquals(4, statements, "the query, courses, their departments, mentors: " + counting.prepared);
        assertEquals(1, counting.taken.get(), "the query and its plan's statements on one connection");
        counting.reset();
        List<StudentRecord> all = q.findByStatusInOrderByEmailDesc(Set.of(Status.values()), plan);
        assertEquals(8, all.size());
        assertEquals(statements, counting.prepared.size(), "as many statements for 8 rows as for 2: " + counting.prepared);
        counting.reset();
        assertEquals("Hopper[CS101 CS, CS102 CS] mentor Turing",
                withPlan(q.getByEmail("grace@uni.edu", plan).orElseThrow()));
        assertEquals(1, counting.taken.get(), "an Optional's query and its plan on one connection");
        assertTrue(q.getByEmail("nobody@uni.edu", plan).isEmpty());
        assertEquals(0, counting.open.get(), "no connection left open");
    }

    private static String withPlan(Student s) {
        return s.lastName() + s.courses().stream().map(c -> c.code() + " " + c.department().code()).sorted()
                .collect(Collectors.toList()) + " mentor " + s.mentor().map(Student::lastName).orElse("-");
    }

    @OnAllDatabases
    @DisplayName("return types: List, List of records, Optional (more than one row names the query), count, exists, delete")
    void returnTypes(TestDatabase db) throws Exception {
        University u = university(db);
        StudentQueries q = u.students();
        assertEquals("Hopper", q.findByStatus(Status.GRADUATED).orElseThrow().lastName());
        DataAccessException many = assertThrows(DataAccessException.class, () -> q.findByStatus(Status.ENROLLED));
        assertTrue(many.getMessage().contains("StudentQueries.findByStatus"), many.getMessage());
        try (Stream<Student> suspended = q.streamByStatus(Status.SUSPENDED)) {
            assertEquals("Dijkstra,O_Neil,OXNeil,100%!x,100X!y", last(suspended.toList()));
        }
        try (Stream<StudentRecord> active = q.streamByActiveTrueOrderByLastNameAsc(Page.first(10))) {
            assertEquals("Dijkstra", active.findFirst().orElseThrow().lastName()); // abandoned after one row
        }
        try (Stream<StudentRecord> active = q.streamByActiveTrueOrderByLastNameAsc(new Page(1, 1))) {
            assertEquals("Lovelace", last(active.toList()));
        }
        assertEquals(5L, q.countByStatus(Status.SUSPENDED));
        assertEquals(3, q.countByActiveTrue());
        assertTrue(q.existsByEmail("alan@uni.edu"));
        assertFalse(q.existsByEmail("ALAN@uni.edu"));
        assertEquals(1L, q.deleteByLastName("Dijkstra"));
        q.deleteByEmail("o1@uni.edu");
        assertEquals(3, q.deleteByStatus(Status.SUSPENDED));
        assertEquals(0, q.deleteByStatus(Status.SUSPENDED));
        assertEquals(3L, u.students().count());
        assertEquals("Lovelace,Turing,Hopper", last(u.students().findAll()));
    }

    @OnAllDatabases
    @DisplayName("paths: many-to-one, one-to-one, one-to-many, many-to-many, self-references; no row twice")
    void paths(TestDatabase db) throws Exception {
        University u = university(db);
        PathQueries p = u.students();
        // grace takes two CS courses, ada one: each once
        assertEquals("Lovelace,Hopper", last(p.findByCoursesDepartmentCode("CS")));
        assertEquals("Lovelace,Turing", last(p.findByCoursesCode("MA201")));
        assertEquals("Turing", last(p.findByMentorLastName("Lovelace")));
        // an Or across a nullable to-one still matches rows whose FK is NULL
        assertEquals("Turing,Dijkstra,O_Neil,OXNeil,100%!x,100X!y",
                last(p.findByMentorLastNameOrStatus("Lovelace", Status.SUSPENDED)));
        assertEquals("Lovelace,Turing,Hopper", last(p.findByMentorLastNameOrMajorCode("Lovelace", "CS")));
        assertEquals("Hopper", last(p.findByLockerNumber("L2")));
        assertEquals("Lovelace", last(p.findByMenteesLastName("Turing")));
        // an Or beside a to-many path whose FK column holds NULLs (Lovelace has no mentor): the
        // semi-join matches no row and the other branch still does (H2's key IN, the others' EXISTS)
        assertEquals("Dijkstra,O_Neil,OXNeil,100%!x,100X!y",
                last(p.findByMenteesLastNameOrStatus("Lovelace", Status.SUSPENDED)));
        assertEquals("Lovelace,Hopper", last(p.findByMenteesLastNameOrStatus("Turing", Status.GRADUATED)));
        assertEquals(1L, p.countByMentor_Mentor_LastName("Lovelace"));
        assertEquals("Hopper,Lovelace", last(p.findByMajorCodeOrderByMajorNameAscLastNameAsc("CS")));
        // students sharing a course with Hopper (herself included), each once
        assertEquals("Lovelace,Hopper", last(p.findByCoursesStudentsLastName("Hopper")));
        CourseQueries c = u.courses();
        assertEquals("CS101,CS102", c.findByStudentsLastName("Hopper").stream().map(Course::code)
                .collect(Collectors.joining(",")));
        // 1000.50 > 500 numerically, also on SQLite
        assertEquals("CS101,CS102", c.findByDepartmentBudgetGreaterThan(new BigDecimal("500")).stream()
                .map(Course::code).collect(Collectors.joining(",")));
        assertEquals("CS101,CS102", c.findByDepartment_CodeOrderByCreditsDesc("CS").stream().map(Course::code)
                .collect(Collectors.joining(",")));
        DepartmentQueries d = u.departments();
        assertEquals("CS,MATH", d.findByCoursesCreditsGreaterThan(2).stream().map(Department::code)
                .collect(Collectors.joining(",")));
        assertEquals("ART,MATH,CS", d.findByOrderByBudgetAsc().stream().map(Department::code)
                .collect(Collectors.joining(",")));
        assertEquals("CS,MATH,ART", d.findByOrderByBudgetDesc().stream().map(Department::code)
                .collect(Collectors.joining(",")));
        assertEquals("MATH", d.findByBudget(new BigDecimal("200.00")).stream().map(Department::code)
                .collect(Collectors.joining(",")));
    }
}
