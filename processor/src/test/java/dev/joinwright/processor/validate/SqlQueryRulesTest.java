package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW83x: @Query methods, their :name parameters, their result types, and their SQL prepared on H2. */
class SqlQueryRulesTest {
    private static final JavaFileObject STUDENT = source("Student",
            "@Entity public interface Student {",
            "  @Id long id();",
            "  String lastName();",
            "  int credits();",
            "}");

    private static JavaFileObject queries(String... methods) {
        String[] lines = new String[methods.length + 2];
        lines[0] = "@Queries(Student.class) public interface StudentQueries {";
        System.arraycopy(methods, 0, lines, 1, methods.length);
        lines[lines.length - 1] = "}";
        return source("StudentQueries", lines);
    }

    @Test
    void validQueriesCompile() {
        JavaFileObject queries = queries(
                "  record Total(String lastName, long total) {}",
                "  @Query(\"SELECT last_name, SUM(credits) AS total FROM student GROUP BY last_name\") List<Total> totals();",
                "  @Query(\"SELECT * FROM student WHERE id IN (:ids) OR last_name = :name OR :name = ''\")",
                "  List<Student> byIds(Collection<Long> ids, String name);",
                "  @Query(\"SELECT COUNT(*) FROM student\") long total();",
                "  @Query(value = \"SELECT nothing FROM nowhere\", verify = false) List<String> unchecked();",
                "  @Query(\"DELETE FROM student WHERE credits < :credits\") int purge(int credits);");
        assertThat(compile(STUDENT, queries)).succeeded();
    }

    @Test
    void unknownParameter() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM student WHERE last_name = :lastname\")",
                "  List<Student> named(String lastName);");
        Compilation compilation = compile(STUDENT, queries);
        assertThat(compilation).hadErrorContaining(
                        "[JW830] @Query of StudentQueries.named names :lastname, which is not a parameter of the method")
                .inFile(queries).onLineContaining(":lastname");
        assertThat(compilation).hadErrorContaining("Did you mean \"lastName\"?");
    }

    @Test
    void unusedParameter() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM student\")", "  List<Student> all(String lastName);");
        assertThat(compile(STUDENT, queries)).hadErrorContaining(
                        "[JW831] parameter lastName of StudentQueries.all is not used by its @Query")
                .inFile(queries).onLineContaining("SELECT * FROM student");
    }

    @Test
    void unboundParameterType() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM student WHERE last_name = :who\")",
                "  List<Student> named(Object who);");
        assertThat(compile(STUDENT, queries)).hadErrorContaining(
                        "[JW832] parameter who of StudentQueries.named has type java.lang.Object, which a @Query cannot bind")
                .inFile(queries).onLineContaining(":who");
    }

    @Test
    void unknownColumnWithTheDatabasesMessage() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM student WHERE lastname = :name\")",
                "  List<Student> named(String name);");
        Compilation compilation = compile(STUDENT, queries);
        assertThat(compilation).hadErrorContaining(
                        "[JW834] @Query of StudentQueries.named does not prepare on H2 (mode REGULAR) holding the generated "
                                + "schema: Column \"LASTNAME\" not found")
                .inFile(queries).onLineContaining("lastname = :name");
    }

    @Test
    void unknownTableInTheTargetDialectsMode() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM students\")", "  List<Student> all();");
        Compilation compilation = Compilations.compile(List.of("-Ajoinwright.dialect=postgresql"), STUDENT, queries,
                TestEntities.NULLABLE);
        assertThat(compilation).hadErrorContaining(
                        "[JW834] @Query of StudentQueries.all does not prepare on H2 (mode PostgreSQL) holding the generated "
                                + "schema: Table \"students\" not found")
                .inFile(queries).onLineContaining("FROM students");
    }

    @Test
    void resultColumnsMissing() {
        JavaFileObject queries = queries("  @Query(\"SELECT id, last_name FROM student\")", "  List<Student> partial();");
        assertThat(compile(STUDENT, queries)).hadErrorContaining(
                        "[JW835] @Query of StudentQueries.partial selects [id, last_name], but Student needs the columns "
                                + "[credits]")
                .inFile(queries).onLineContaining("SELECT id, last_name FROM student");
    }

    @Test
    void projectionComponentMissing() {
        JavaFileObject queries = queries("  record Total(String lastName, long total) {}",
                "  @Query(\"SELECT last_name, SUM(credits) FROM student GROUP BY last_name\") List<Total> totals();");
        assertThat(compile(STUDENT, queries)).hadErrorContaining("needs the columns [total]")
                .inFile(queries).onLineContaining("SUM(credits) FROM student");
    }

    @Test
    void scalarNeedsOneColumn() {
        JavaFileObject queries = queries("  @Query(\"SELECT id, last_name FROM student\") List<String> names();");
        assertThat(compile(STUDENT, queries)).hadErrorContaining("needs exactly one column")
                .inFile(queries).onLineContaining("List<String> names()");
    }

    @Test
    void unsupportedResultType() {
        JavaFileObject queries = queries("  @Query(\"SELECT * FROM student\") Map<Long, Student> byId();");
        assertThat(compile(STUDENT, queries)).hadErrorContaining(
                        "[JW833] StudentQueries.byId returns java.util.Map<java.lang.Long,test.Student>, which a @Query "
                                + "cannot map")
                .inFile(queries).onLineContaining("byId()");
    }
}
