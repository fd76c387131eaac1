package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW8xx: @Queries interfaces and derived query methods, each mistake on its own line. */
class QueryRulesTest {
    private static final JavaFileObject DEPARTMENT = source("Department",
            "@Entity public interface Department {",
            "  @Id long id();",
            "  String code();",
            "  @Relationship(backPopulates = \"department\") List<Student> students();",
            "}");
    private static final JavaFileObject STUDENT = source("Student",
            "@Entity public interface Student {",
            "  @Id long id();",
            "  String lastName();",
            "  boolean active();",
            "  @Nullable BigDecimal gpa();",
            "  long albumId();",
            "  @ForeignKey(Department.class) long departmentId();",
            "  @Relationship(backPopulates = \"students\") Department department();",
            "}");

    private static JavaFileObject queries(String... methods) {
        String[] lines = new String[methods.length + 2];
        lines[0] = "@Queries(Student.class) public interface StudentQueries {";
        System.arraycopy(methods, 0, lines, 1, methods.length);
        lines[lines.length - 1] = "}";
        return source("StudentQueries", lines);
    }

    private static Compilation compileQueries(JavaFileObject queries) {
        return compile(DEPARTMENT, STUDENT, queries);
    }

    @Test
    void validInterfaceCompiles() {
        JavaFileObject queries = queries(
                "  List<Student> findByLastNameStartingWithIgnoreCase(String prefix);",
                "  List<Student> findByDepartmentCodeOrActiveTrue(String code);",
                "  List<Student> findByDepartment_Code(String code);",
                "  List<Student> findByAlbumId(long albumId);",
                "  long countByGpaBetween(BigDecimal low, BigDecimal high);",
                "  Optional<StudentRecord> findById(long id);",
                "  long count();");
        assertThat(compileQueries(queries)).succeeded();
    }

    @Test
    void notAnInterface() {
        JavaFileObject queries = source("StudentQueries", "@Queries(Student.class) public abstract class StudentQueries {}");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW801] @Queries must be on a public, non-generic interface, but StudentQueries is a class")
                .inFile(queries).onLineContaining("abstract class StudentQueries");
    }

    @Test
    void notAnEntity() {
        JavaFileObject queries = source("StudentQueries", "@Queries(String.class) public interface StudentQueries {}");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW802] @Queries on StudentQueries names String, which is not an @Entity of this compilation")
                .inFile(queries).onLineContaining("public interface StudentQueries");
    }

    @Test
    void notAQueryName() {
        JavaFileObject queries = queries("  List<Student> studentsNamed(String lastName);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW811] StudentQueries.studentsNamed is not a query: its name does not start with find…By")
                .inFile(queries).onLineContaining("studentsNamed");
    }

    @Test
    void unknownPropertyWithSuggestion() {
        JavaFileObject queries = queries("  List<Student> findByLastNmae(String lastName);");
        Compilation compilation = compileQueries(queries);
        assertThat(compilation).hadErrorContaining("[JW812] StudentQueries.findByLastNmae: Student has no property \"lastNmae\"")
                .inFile(queries).onLineContaining("findByLastNmae");
        assertThat(compilation).hadErrorContaining("Did you mean \"lastName\"?");
    }

    @Test
    void unknownPropertyAlongAPath() {
        JavaFileObject queries = queries("  List<Student> findByDepartmentCdoe(String code);");
        Compilation compilation = compileQueries(queries);
        assertThat(compilation).hadErrorContaining("[JW812] StudentQueries.findByDepartmentCdoe: Student has no property")
                .inFile(queries).onLineContaining("findByDepartmentCdoe");
    }

    @Test
    void underscoreSegmentNamingNothing() {
        JavaFileObject queries = queries("  List<Student> findByDepartmnet_Code(String code);");
        Compilation compilation = compileQueries(queries);
        assertThat(compilation).hadErrorContaining(
                        "[JW813] StudentQueries.findByDepartmnet_Code: the segment \"Departmnet\" between underscores names no "
                                + "property of Student")
                .inFile(queries).onLineContaining("findByDepartmnet_Code");
        assertThat(compilation).hadErrorContaining("Did you mean \"department\"?");
    }

    @Test
    void wrongParameterCount() {
        JavaFileObject queries = queries("  List<Student> findByLastNameAndActiveTrue(String lastName, boolean active);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW814] StudentQueries.findByLastNameAndActiveTrue declares 2 parameters, but its name binds 1: lastName")
                .inFile(queries).onLineContaining("findByLastNameAndActiveTrue");
    }

    @Test
    void betweenNeedsTwo() {
        JavaFileObject queries = queries("  List<Student> findByGpaBetween(BigDecimal gpa);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW814] StudentQueries.findByGpaBetween declares 1 parameters, but its name binds 2: "
                                + "the lower bound of gpa, the upper bound of gpa")
                .inFile(queries).onLineContaining("findByGpaBetween");
    }

    @Test
    void wrongParameterType() {
        JavaFileObject queries = queries("  List<Student> findByLastName(int lastName);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW815] parameter lastName of StudentQueries.findByLastName has type int, but Equals on lastName "
                                + "needs String")
                .inFile(queries).onLineContaining("findByLastName(int");
    }

    @Test
    void inNeedsACollection() {
        JavaFileObject queries = queries("  List<Student> findByLastNameIn(String lastNames);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW815] parameter lastNames of StudentQueries.findByLastNameIn has type String, but In on lastName "
                                + "needs a Collection<String>")
                .inFile(queries).onLineContaining("findByLastNameIn");
    }

    @Test
    void pathParameterType() {
        JavaFileObject queries = queries("  List<Student> findByDepartmentCode(long code);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "needs String")
                .inFile(queries).onLineContaining("findByDepartmentCode(long");
    }

    @Test
    void operatorOnIncompatibleType() {
        JavaFileObject queries = queries("  List<Student> findByGpaStartingWith(String prefix);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW816] StudentQueries.findByGpaStartingWith: StartingWith does not apply to gpa, which has type "
                                + "BigDecimal")
                .inFile(queries).onLineContaining("findByGpaStartingWith");
    }

    @Test
    void trueOnANonBoolean() {
        JavaFileObject queries = queries("  List<Student> findByLastNameTrue();");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW816] StudentQueries.findByLastNameTrue: True does not apply to lastName")
                .inFile(queries).onLineContaining("findByLastNameTrue");
    }

    @Test
    void ignoreCaseOnANonString() {
        JavaFileObject queries = queries("  List<Student> findByGpaIgnoreCase(BigDecimal gpa);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW816] StudentQueries.findByGpaIgnoreCase: Equals IgnoreCase does not apply to gpa")
                .inFile(queries).onLineContaining("findByGpaIgnoreCase");
    }

    @Test
    void unsupportedReturnType() {
        JavaFileObject queries = queries("  Set<Student> findByLastName(String lastName);",
                "  String countByActiveTrue();");
        Compilation compilation = compileQueries(queries);
        assertThat(compilation).hadErrorContaining(
                        "[JW817] StudentQueries.findByLastName returns Set<Student>, which a find…By query cannot return")
                .inFile(queries).onLineContaining("Set<Student> findByLastName");
        assertThat(compilation).hadErrorContaining(
                        "[JW817] StudentQueries.countByActiveTrue returns String, which a count…By query cannot return")
                .inFile(queries).onLineContaining("countByActiveTrue");
    }

    @Test
    void orderThroughToMany() {
        JavaFileObject department = source("DepartmentQueries", "@Queries(Department.class) public interface DepartmentQueries {",
                "  List<Department> findByCodeOrderByStudentsLastNameAsc(String code);", "}");
        assertThat(compile(DEPARTMENT, STUDENT, department)).hadErrorContaining(
                        "[JW818] DepartmentQueries.findByCodeOrderByStudentsLastNameAsc orders by students.lastName, which "
                                + "goes through the to-many relationship students")
                .inFile(department).onLineContaining("findByCodeOrderByStudentsLastNameAsc");
    }

    @Test
    void deleteWithLimit() {
        JavaFileObject queries = queries("  int deleteTop3ByActiveFalse();");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW819] StudentQueries.deleteTop3ByActiveFalse: delete…By deletes every row it selects, so it "
                                + "takes no First/Top")
                .inFile(queries).onLineContaining("deleteTop3ByActiveFalse");
    }

    @Test
    void clashWithAGeneratedMethod() {
        JavaFileObject queries = queries("  Optional<Student> findById(long id);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW820] StudentQueries.findById has the name and parameters of the generated StudentDao.findById")
                .inFile(queries).onLineContaining("findById");
    }

    @Test
    void propertyIsARelationship() {
        JavaFileObject queries = queries("  List<Student> findByDepartment(long department);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW821] StudentQueries.findByDepartment: department is a relationship, not a column")
                .inFile(queries).onLineContaining("findByDepartment(long");
        assertThat(compileQueries(queries)).hadErrorContaining("DepartmentId");
    }

    @Test
    void sortWithOrderBy() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrueOrderByLastNameAsc(Sort<Student> sort);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW822] StudentQueries.findByActiveTrueOrderByLastNameAsc takes a Sort and has an OrderBy in its name")
                .inFile(queries).onLineContaining("findByActiveTrueOrderByLastNameAsc");
    }

    @Test
    void sortOfAnotherEntity() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrue(Sort<Department> sort);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW822] StudentQueries.findByActiveTrue takes Sort<Department>, which is not of Student")
                .inFile(queries).onLineContaining("findByActiveTrue(Sort<Department>");
    }

    @Test
    void planOfTheOwnDaoCompiles() {
        JavaFileObject queries = queries(
                "  List<Student> findByActiveTrue(StudentDao.Plan plan);",
                "  List<StudentRecord> findByLastNameOrderByIdAsc(String lastName, Page page, StudentDao.Plan plan);",
                "  Optional<Student> getByAlbumId(long albumId, StudentDao.Plan plan);");
        assertThat(compileQueries(queries)).succeeded();
    }

    @Test
    void planOfAnotherDao() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrue(DepartmentDao.Plan plan);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW824] StudentQueries.findByActiveTrue takes DepartmentDao.Plan, the plan of another entity's DAO,"
                                + " but the query reads rows of Student")
                .inFile(queries).onLineContaining("findByActiveTrue(DepartmentDao.Plan");
        assertThat(compileQueries(queries)).hadErrorContaining("declare it as StudentDao.Plan");
    }

    @Test
    void planOnACount() {
        JavaFileObject queries = queries("  long countByActiveTrue(StudentDao.Plan plan);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW824] StudentQueries.countByActiveTrue takes StudentDao.Plan, but only a find…By or get…By"
                                + " query returning List or Optional loads a plan")
                .inFile(queries).onLineContaining("countByActiveTrue");
    }

    @Test
    void keysetWithPage() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrueOrderByIdAsc(Keyset<Student> k, Page page);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW822] StudentQueries.findByActiveTrueOrderByIdAsc takes a Keyset together with a Page")
                .inFile(queries).onLineContaining("findByActiveTrueOrderByIdAsc");
    }

    @Test
    void keysetOrderNotUnique() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrueOrderByLastNameAsc(Keyset<Student> k);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW823] StudentQueries.findByActiveTrueOrderByLastNameAsc takes a Keyset, but its OrderBy ends with "
                                + "lastName, which is not unique")
                .inFile(queries).onLineContaining("findByActiveTrueOrderByLastNameAsc");
    }

    @Test
    void keysetOrderNullable() {
        JavaFileObject queries = queries("  List<Student> findByActiveTrueOrderByGpaAscIdAsc(Keyset<Student> k);");
        assertThat(compileQueries(queries)).hadErrorContaining(
                        "[JW823] StudentQueries.findByActiveTrueOrderByGpaAscIdAsc takes a Keyset, but its OrderBy names a "
                                + "nullable column")
                .inFile(queries).onLineContaining("findByActiveTrueOrderByGpaAscIdAsc");
    }

    @Test
    void longestMatchWins() {
        // albumId is a column; no relationship album exists: AlbumId resolves to the column
        JavaFileObject queries = queries("  long countByAlbumId(long albumId);");
        assertThat(compileQueries(queries)).succeeded();
    }
}
