package dev.joinwright.it.matrix;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.List;

/**
 * The two generated schema classes, one per compilation: the blog's in src/main/java and the
 * harder model's in src/test/java. Called reflectively so that the harness compiles even on a
 * processor without the schema writer; the scenarios then fail with a message saying so.
 */
public enum GeneratedSchema {
    BLOG("dev.joinwright.it.blog.JoinwrightSchema",
            List.of("users", "content", "tags", "content_tags", "readings")),
    HARDER("dev.joinwright.it.harder.JoinwrightSchema",
            List.of("department", "employee", "passport", "user", "order", "group", "group_members", "follows"));

    private final String className;
    private final List<String> tables;

    GeneratedSchema(String className, List<String> tables) {
        this.className = className;
        this.tables = tables;
    }

    /** The model's table names, lower case, unquoted. */
    public List<String> tables() {
        return tables;
    }

    public void create(Connection connection) throws Exception {
        invoke("create", connection);
    }

    public void drop(Connection connection) throws Exception {
        invoke("drop", connection);
    }

    /** A sandbox setup that creates this schema. */
    public Sandboxes.Setup setup() {
        return sandbox -> {
            try (Connection c = sandbox.connect()) {
                create(c);
            }
        };
    }

    private void invoke(String verb, Connection connection) throws Exception {
        Method method;
        try {
            method = Class.forName(className).getMethod(verb, Connection.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new AssertionError(className + "." + verb + "(Connection) was not generated: is the"
                    + " processor's schema writer merged?", e);
        }
        try {
            method.invoke(null, connection);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }
}
