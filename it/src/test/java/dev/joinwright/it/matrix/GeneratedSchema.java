package dev.joinwright.it.matrix;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The two generated schema classes, one per compilation: the blog's in src/main/java and the
 * harder model's in src/test/java.
 */
public enum GeneratedSchema {
    BLOG(List.of("users", "content", "tags", "content_tags", "readings", "gauges", "crews", "rowers"),
            dev.joinwright.it.blog.JoinwrightSchema::create, dev.joinwright.it.blog.JoinwrightSchema::drop),
    HARDER(List.of("department", "employee", "passport", "user", "order", "group", "group_members", "follows",
            "dept", "course", "student", "locker", "enrollment"),
            dev.joinwright.it.harder.JoinwrightSchema::create, dev.joinwright.it.harder.JoinwrightSchema::drop);

    /** {@code create(Connection)} or {@code drop(Connection)} of a generated schema class. */
    private interface Ddl {
        void run(Connection connection) throws SQLException;
    }

    private final List<String> tables;
    private final Ddl create;
    private final Ddl drop;

    GeneratedSchema(List<String> tables, Ddl create, Ddl drop) {
        this.tables = tables;
        this.create = create;
        this.drop = drop;
    }

    /** The model's table names, lower case, unquoted. */
    public List<String> tables() {
        return tables;
    }

    public void create(Connection connection) throws SQLException {
        create.run(connection);
    }

    public void drop(Connection connection) throws SQLException {
        drop.run(connection);
    }

    /** A sandbox setup that creates this schema. */
    public Sandboxes.Setup setup() {
        return sandbox -> {
            try (Connection c = sandbox.connect()) {
                create(c);
            }
        };
    }
}
