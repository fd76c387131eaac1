package dev.joinwright.it.harder.university;

import dev.joinwright.Queries;
import java.util.List;

/** Paths through every relationship kind from Student, on a second interface of the same entity. */
@Queries(Student.class)
public interface PathQueries {
    List<Student> findByCoursesDepartmentCode(String code);

    List<Student> findByCoursesCode(String code);

    List<Student> findByMentorLastName(String lastName);

    List<Student> findByMentorLastNameOrStatus(String lastName, Status status);

    List<Student> findByMentorLastNameOrMajorCode(String lastName, String code);

    List<Student> findByLockerNumber(String number);

    List<Student> findByMenteesLastName(String lastName);

    List<Student> findByMenteesLastNameOrStatus(String lastName, Status status);

    long countByMentor_Mentor_LastName(String lastName);

    List<Student> findByMajorCodeOrderByMajorNameAscLastNameAsc(String code);

    List<Student> findByCoursesStudentsLastName(String lastName);
}
