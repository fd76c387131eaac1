package dev.joinwright.it.scenarios;

import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.harder.DepartmentRecord;
import dev.joinwright.it.harder.EmployeeRecord;
import dev.joinwright.it.harder.GroupRecord;
import dev.joinwright.it.harder.OrderRecord;
import dev.joinwright.it.harder.PassportRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Short constructors for unsaved rows of both models, and one-number queries. */
final class Rows {
    private Rows() {}

    static UserRecord user(String email, String name) {
        return UserRecord.builder().email(email).name(name).build();
    }

    static ContentRecord content(String title, long ownerId) {
        return ContentRecord.builder().title(title).ownerId(ownerId).build();
    }

    static TagRecord tag(String name) {
        return TagRecord.builder().name(name).build();
    }

    static dev.joinwright.it.harder.UserRecord member(String name) {
        return dev.joinwright.it.harder.UserRecord.builder().name(name).build();
    }

    static GroupRecord group(String name) {
        return GroupRecord.builder().name(name).build();
    }

    static OrderRecord order(String total, long customerId, Long reviewerId) {
        return OrderRecord.builder().total(new BigDecimal(total)).customerId(customerId).reviewerId(reviewerId)
                .build();
    }

    static DepartmentRecord department(String name) {
        return DepartmentRecord.builder().name(name).build();
    }

    static EmployeeRecord employee(String name, long departmentId, Long managerId) {
        return EmployeeRecord.builder().name(name).departmentId(departmentId).managerId(managerId).build();
    }

    static PassportRecord passport(String number, long employeeId) {
        return PassportRecord.builder().number(number).employeeId(employeeId).build();
    }

    /** The single number {@code sql} answers. */
    static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
