package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Bare names stay bare, so a user's hand-written SQL works on H2 (which folds bare names to upper
 * case); only reserved words are quoted. Also runs the generated {@code create(DataSource)}.
 */
class H2HandWrittenSqlTest {
    @Test
    void bareHandWrittenSqlWorksOnTheBlogSchema() throws SQLException {
        try (Sandbox db = BlogDdlTest.created(TestDatabase.H2)) {
            BlogDdlTest.user(db, 1, "a@example.com");
            BlogDdlTest.content(db, 10, 1);
            assertEquals(List.of("title 10"), db.column("SELECT title FROM content WHERE owner_id = 1"));
            assertEquals(List.of("title 10"), db.column("select TITLE from CONTENT where OWNER_ID = 1"));
            assertEquals(List.of("a@example.com"), db.column(
                    "SELECT u.email FROM users u JOIN content c ON c.owner_id = u.id WHERE c.id = 10"));
        }
    }

    @Test
    void reservedWordTablesAreQuotedAndEverythingElseIsBare() throws SQLException {
        try (Sandbox db = HarderDdlTest.created(TestDatabase.H2)) {
            HarderDdlTest.user(db, 1);
            db.update("INSERT INTO \"order\" (id, total, customer_id) VALUES (5, 1.00, 1)");
            assertEquals(List.of("user 1"), db.column(
                    "SELECT u.name FROM \"user\" u JOIN \"order\" o ON o.customer_id = u.id WHERE o.id = 5"));
            assertEquals(1L, db.number("SELECT COUNT(*) FROM \"order\" WHERE reviewer_id IS NULL"));
        }
    }

    @Test
    void createAndDropOverADataSource() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:joinwright_ds;DB_CLOSE_DELAY=-1");
        CompiledModel blog = CompiledModel.of("blog");
        try (Connection keepAlive = dataSource.getConnection()) {
            invoke(blog, "create", dataSource);
            Sandbox db = new Sandbox(TestDatabase.H2, keepAlive, () -> {});
            assertEquals(4, Catalog.tables(db).size());
            invoke(blog, "drop", dataSource);
            assertEquals(0, Catalog.tables(db).size());
        }
    }

    private static void invoke(CompiledModel model, String method, javax.sql.DataSource dataSource) {
        try {
            model.schemaClass().getMethod(method, javax.sql.DataSource.class).invoke(null, dataSource);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
