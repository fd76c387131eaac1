package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code secondary} naming an entity's table (an association object, SPEC section 10): the entity
 * needs exactly one simple FK to each side, and its FK columns are the association's columns.
 */
class AssociationObjectRulesTest {
    private static final JavaFileObject STUDENT = source("Student", "@Entity public interface Student {",
            "  @Id long id();",
            "  @Relationship(secondary = \"enrollment\", backPopulates = \"students\") List<Course> courses();", "}");
    private static final JavaFileObject COURSE = source("Course", "@Entity public interface Course {",
            "  @Id long id();",
            "  @Relationship(secondary = \"enrollment\", backPopulates = \"courses\") List<Student> students();", "}");

    private static JavaFileObject enrollment(String... columns) {
        String[] lines = new String[columns.length + 2];
        lines[0] = "@Entity public interface Enrollment {";
        System.arraycopy(columns, 0, lines, 1, columns.length);
        lines[lines.length - 1] = "}";
        return source("Enrollment", lines);
    }

    @Test
    void associationObjectCompiles() {
        JavaFileObject enrollment = enrollment("  @Id @ForeignKey(Student.class) long studentId();",
                "  @Id @ForeignKey(Course.class) long courseId();", "  @Nullable BigDecimal grade();");
        assertThat(compile(STUDENT, COURSE, enrollment)).succeededWithoutWarnings();
    }

    @Test
    void noForeignKeyToOneSide() {
        JavaFileObject enrollment = enrollment("  @Id long id();", "  @ForeignKey(Student.class) long studentId();");
        assertThat(compile(STUDENT, COURSE, enrollment)).hadErrorContaining("[JW502] @Relationship Student.courses has "
                        + "secondary = \"enrollment\", the table of entity Enrollment, which has no foreign keys to Course, "
                        + "but an association object needs exactly one simple foreign key to each side. Fix: give "
                        + "Enrollment one @ForeignKey(Course.class) accessor, or give the association table its own name, "
                        + "e.g. \"student_course\"")
                .inFile(STUDENT).onLineContaining("List<Course> courses();");
    }

    @Test
    void twoForeignKeysToOneSide() {
        JavaFileObject enrollment = enrollment("  @Id long id();", "  @ForeignKey(Student.class) long studentId();",
                "  @ForeignKey(Student.class) long tutorId();", "  @ForeignKey(Course.class) long courseId();");
        assertThat(compile(STUDENT, COURSE, enrollment)).hadErrorContaining("[JW502] @Relationship Student.courses has "
                        + "secondary = \"enrollment\", the table of entity Enrollment, which has 2 foreign keys to Student")
                .inFile(STUDENT).onLineContaining("List<Course> courses();");
    }

    @Test
    void joinColumnOnAnAssociationObject() {
        JavaFileObject student = source("Student", "@Entity public interface Student {", "  @Id long id();",
                "  @Relationship(secondary = \"enrollment\", backPopulates = \"students\", joinColumn = \"pupil_id\")",
                "  List<Course> courses();", "}");
        JavaFileObject enrollment = enrollment("  @Id @ForeignKey(Student.class) long studentId();",
                "  @Id @ForeignKey(Course.class) long courseId();");
        assertThat(compile(student, COURSE, enrollment)).hadErrorContaining("[JW510] @Relationship Student.courses sets "
                        + "joinColumn, but secondary = \"enrollment\" is the table of entity Enrollment, whose foreign-key "
                        + "columns are the association's columns. Fix: remove joinColumn.")
                .inFile(student).onLineContaining("joinColumn = \"pupil_id\"");
    }
}
