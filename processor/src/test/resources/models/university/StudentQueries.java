package university;

import dev.joinwright.Keyset;
import dev.joinwright.Page;
import dev.joinwright.Query;
import dev.joinwright.Sort;
import dev.joinwright.Queries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Queries(Student.class)
public interface StudentQueries {
    List<Student> findByLastNameStartingWith(String prefix);

    List<Student> findByStatusOrderByLastNameAscFirstNameAsc(Status status);

    Optional<Student> findByEmailIgnoreCase(String email);

    List<Student> findByCoursesDepartmentCode(String code);

    List<Student> findTop2ByOrderByCreatedAtDesc();

    Stream<Student> streamByStatus(Status status);

    Stream<StudentRecord> streamByActiveTrueOrderByLastNameAsc(Page page);

    List<Student> findByStatus(Status status, Sort<Student> sort, Page page);

    List<Student> findByActiveTrueOrderByCreatedAtDescIdAsc(Keyset<Student> page);

    long countByStatus(Status status);

    boolean existsByEmail(String email);

    int deleteByStatus(Status status);

    List<StudentRecord> findByStatusInAndGpaGreaterThanEqual(Collection<Status> statuses, BigDecimal gpa);

    List<Student> findByMentorLastNameOrMajorCode(String mentorLastName, String majorCode);

    List<Student> findByCreatedAtBetween(Instant from, Instant to);

    List<Student> findByLockerNumber(String number);

    List<Student> findByActiveTrueOrderByGpaDesc(Page page);

    long countByMentor_Mentor_LastName(String lastName);

    Optional<StudentRecord> findById(long id);

    record Enrolled(String courseCode, long enrolled) {}

    @Query("SELECT c.code AS course_code, COUNT(*) AS enrolled FROM enrollment e JOIN course c ON c.id = e.course_id"
            + " GROUP BY c.code ORDER BY c.code")
    List<Enrolled> enrollmentsPerCourse();

    @Query("SELECT * FROM student WHERE created_at > :since OR id IN (:ids) OR last_name = :name OR first_name = :name"
            + " ORDER BY created_at")
    List<Student> createdSince(Instant since, Collection<Long> ids, String name);

    @Query("SELECT COUNT(*) FROM student WHERE status = :status")
    long countWith(Status status);

    @Query("SELECT email FROM student ORDER BY email")
    List<String> emails();

    @Query("UPDATE student SET active = FALSE WHERE status = :status")
    int deactivate(Status status);
}
