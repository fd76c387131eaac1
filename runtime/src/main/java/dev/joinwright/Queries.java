package dev.joinwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares queries on entity {@link #value()}: the generated {@code XDao} implements the
 * annotated public interface. Each abstract method is a <em>derived query</em>, whose method name
 * says what it selects ({@code findByLastNameStartingWith}, {@code countByStatus},
 * {@code findTop10ByOrderByCreatedAtDesc}), or a {@link Query} with hand-written SQL. The processor
 * checks every method against the model at compile time: an unknown property, a parameter of the
 * wrong type or an unsupported return type is a javac error on the method.
 *
 * <pre>{@code
 * @Queries(Student.class)
 * public interface StudentQueries {
 *     List<Student> findByLastNameStartingWith(String prefix);
 *     List<Student> findByCoursesDepartmentCode(String code);   // a path through relationships
 *     long countByStatus(Status status);
 * }
 * StudentQueries queries = new StudentDao(db);
 * }</pre>
 *
 * <p>Several interfaces may name one entity. A method whose signature equals a generated DAO
 * method ({@code findById}, {@code count()}, ...) is simply that method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queries {
    /** The {@link Entity} whose DAO implements the queries. */
    Class<?> value();
}
