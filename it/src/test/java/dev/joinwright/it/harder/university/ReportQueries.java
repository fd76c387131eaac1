package dev.joinwright.it.harder.university;

import dev.joinwright.Queries;
import dev.joinwright.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Hand-written SQL, prepared on H2 at compile time, mapped by column label. */
@Queries(Student.class)
public interface ReportQueries {
    /** A record projection: components from snake_case labels. */
    record CourseCount(String courseCode, long enrolled) {}

    @Query("SELECT c.code AS course_code, COUNT(*) AS enrolled FROM enrollment e JOIN course c ON c.id = e.course_id"
            + " GROUP BY c.code ORDER BY c.code")
    List<CourseCount> enrollmentsPerCourse();

    @Query("SELECT * FROM student WHERE created_at > :since ORDER BY created_at")
    List<Student> createdSince(Instant since);

    /** Columns in another order than declared: read by label. */
    @Query("SELECT last_name, major_id, mentor_id, graduated, created_at, gpa, active, status, first_name, email, id"
            + " FROM student WHERE id IN (:ids) ORDER BY id")
    List<StudentRecord> byIds(Collection<Long> ids);

    @Query("SELECT email FROM student WHERE email IN (:emails) ORDER BY email")
    List<String> knownEmails(Collection<String> emails);

    @Query("SELECT COUNT(*) FROM student WHERE last_name = :name OR first_name = :name")
    long countNamed(String name);

    @Query("SELECT email FROM student WHERE status = :status ORDER BY email")
    List<String> emails(Status status);

    @Query("SELECT * FROM student WHERE email = :email")
    Optional<Student> byEmail(String email);

    /** Two labels for the email column (the student's and the mentor's): refused, not read from either. */
    @Query("SELECT s.*, m.email FROM student s JOIN student m ON m.id = s.mentor_id WHERE s.email = :email")
    Optional<Student> withMentorEmail(String email);

    @Query("UPDATE student SET active = :active WHERE status = :status")
    int setActive(Status status, boolean active);
}
