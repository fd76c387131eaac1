package dev.joinwright.it.harder.university;

import dev.joinwright.Keyset;
import dev.joinwright.Page;
import dev.joinwright.Sort;
import dev.joinwright.Queries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every operator and return type of the grammar, on the student's own columns. */
@Queries(Student.class)
public interface StudentQueries {
    List<Student> findByLastName(String lastName);

    List<Student> findByLastNameIs(String lastName);

    List<Student> findByLastNameNot(String lastName);

    List<Student> findByStatusIn(Collection<Status> statuses);

    List<Student> findByStatusNotIn(Collection<Status> statuses);

    List<Student> findByIdIn(Collection<Long> ids);

    List<Student> findByEmailNotInAndActiveTrue(Collection<String> emails);

    List<Student> findByGpaLessThan(BigDecimal gpa);

    List<Student> findByGpaLessThanEqual(BigDecimal gpa);

    List<Student> findByGpaGreaterThan(BigDecimal gpa);

    List<Student> findByGpaGreaterThanEqual(BigDecimal gpa);

    List<Student> findByGpaBetween(BigDecimal low, BigDecimal high);

    List<Student> findByCreatedAtBefore(Instant at);

    List<Student> findByCreatedAtAfter(Instant at);

    List<Student> findByGpaIsNull();

    List<Student> findByGpaIsNotNull();

    List<Student> findByLastNameLike(String pattern);

    List<Student> findByLastNameNotLike(String pattern);

    List<Student> findByLastNameStartingWith(String prefix);

    List<Student> findByLastNameEndingWith(String suffix);

    List<Student> findByLastNameContaining(String infix);

    List<Student> findByActiveTrue();

    List<Student> findByActiveFalse();

    Optional<Student> findByEmailIgnoreCase(String email);

    List<Student> findByLastNameContainingIgnoreCase(String infix);

    List<Student> findByFirstNameOrLastNameAllIgnoreCase(String firstName, String lastName);

    List<Student> findByLastNameStartingWithIgnoreCase(String prefix);

    List<Student> findByActiveTrueAndStatusOrLastName(Status status, String lastName);

    List<StudentRecord> findByStatusOrderByLastNameDescFirstNameAsc(Status status);

    List<Student> findTop2ByOrderByCreatedAtDesc();

    Optional<Student> findFirstByOrderByGpaDesc();

    Optional<Student> findByStatus(Status status);

    List<Student> findDistinctByActiveTrueOrderByGpaAsc(Page page);

    Stream<Student> streamByStatus(Status status);

    Stream<StudentRecord> streamByActiveTrueOrderByLastNameAsc(Page page);

    List<Student> findByStatus(Status status, Sort<Student> sort);

    List<StudentRecord> findByActiveTrue(Sort<Student> sort, Page page);

    List<Student> findByActiveTrueOrderByCreatedAtDescIdAsc(Keyset<Student> page);

    List<Student> findByActiveTrueOrderByCreatedAtDesc(Page page);

    List<Student> findByStatusInOrderByEmailAsc(Collection<Status> statuses, Keyset<Student> page);

    /** With a trailing fetch plan: the rows come back through {@code load(rows, plan)}. */
    List<StudentRecord> findByStatusInOrderByEmailDesc(Collection<Status> statuses, StudentDao.Plan plan);

    Optional<Student> getByEmail(String email, StudentDao.Plan plan);

        long countByStatus(Status status);

    int countByActiveTrue();

    boolean existsByEmail(String email);

    int deleteByStatus(Status status);

    long deleteByLastName(String lastName);

    void deleteByEmail(String email);
}
