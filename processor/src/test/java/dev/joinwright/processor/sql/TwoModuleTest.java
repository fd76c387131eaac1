package dev.joinwright.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.processor.testing.Javac;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code domain} module compiled first, and an {@code app} module compiled against its classes
 * whose entity references the domain's (SPEC section 10, last bullet): the app's schema creates
 * only its own table, with the FK to the domain's; both schemas are created in order on every
 * database, and navigation from the app's entity to the domain's works.
 */
class TwoModuleTest {
    @TempDir
    static Path work;
    private static Javac.Result domain;
    private static Javac.Result app;

    @BeforeAll
    static void compileBothModules() {
        Path domainSources = work.resolve("domain-src");
        Javac.write(domainSources, "shop.domain.Author", "package shop.domain;", "import dev.joinwright.*;",
                "@Entity public interface Author {", "  @Id long id();", "  @Column(length = 80) String name();",
                "  @Relationship(backPopulates = \"author\") java.util.List<Profile> profiles();", "}");
        Javac.write(domainSources, "shop.domain.Profile", "package shop.domain;", "import dev.joinwright.*;",
                "@Entity public interface Profile {", "  @Id long id();", "  @ForeignKey(Author.class) long authorId();",
                "  @Relationship(backPopulates = \"profiles\") Author author();", "}");
        domain = Javac.compile(work.resolve("domain"), Javac.javaFiles(domainSources.resolve("shop/domain")), List.of(),
                List.of());
        assertTrue(domain.success(), domain.errors().toString());
        Path appSources = work.resolve("app-src");
        Javac.write(appSources, "shop.app.Book", "package shop.app;", "import dev.joinwright.*;",
                "import shop.domain.Author;",
                "@Entity public interface Book {", "  @Id long id();", "  String title();",
                "  @ForeignKey(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId();",
                "  @Relationship Author author();", "}");
        Javac.write(appSources, "shop.app.Smoke", "package shop.app;", "import dev.joinwright.Database;",
                "import shop.domain.*;",
                "public final class Smoke implements java.util.function.Function<Database, String> {",
                "  @Override public String apply(Database db) {",
                "    AuthorRecord ada = new AuthorDao(db).insert(AuthorRecord.builder().name(\"Ada\").build());",
                "    BookDao books = new BookDao(db);",
                "    BookRecord book = books.insert(BookRecord.builder().title(\"Notes\").authorId(ada.id()).build());",
                "    return books.author(book).name() + \",\" + books.author(book.id()).orElseThrow().name() + \",\"",
                "        + books.author(java.util.List.of(book)).get(book.id()).name() + \",\"",
                "        + books.findAll(BookDao.Fetch.AUTHOR).get(0).author().name();",
                "  }",
                "}");
        app = Javac.compile(work.resolve("app"), Javac.javaFiles(appSources.resolve("shop/app")),
                List.of(domain.classes()), List.of());
        assertTrue(app.success(), app.errors().toString());
    }

    @Test
    void theAppSchemaCreatesOnlyItsOwnTableWithTheFkToTheDomains() {
        String ddl = app.generated().get("META-INF/joinwright/postgresql.sql");
        assertTrue(ddl.contains("CREATE TABLE book ("), ddl);
        assertTrue(ddl.contains("CONSTRAINT fk_book_author_id FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE"),
                ddl);
        assertTrue(!ddl.contains("CREATE TABLE author") && !ddl.contains("CREATE TABLE profile"), ddl);
        assertTrue(app.generated().containsKey("shop/app/JoinwrightSchema.java"));
        assertTrue(app.generated().keySet().stream().noneMatch(f -> f.startsWith("shop/domain/")), app.generated().keySet().toString());
        assertEquals(List.of(), app.warnings());
    }

    /**
     * JW803: {@code @Queries} in the app naming the domain's entity. The domain module wrote that
     * entity's DAO, so the app cannot add methods to it; the error is on the interface and says
     * where the queries belong.
     */
    @Test
    void queriesOnAnEntityOfAnEarlierModuleAreAnErrorOnTheInterface() {
        Path sources = work.resolve("app-queries-src");
        Path queries = Javac.write(sources, "shop.app.AuthorQueries", "package shop.app;", "import dev.joinwright.*;",
                "import shop.domain.Author;", "import java.util.List;",
                "@Queries(Author.class)", "public interface AuthorQueries {",
                "  List<Author> findByName(String name);", "}");
        Javac.Result result = Javac.compile(work.resolve("app-queries"), List.of(queries), List.of(domain.classes()),
                List.of());
        assertTrue(!result.success(), "compiled although @Queries names another module's entity");
        assertEquals(1, result.errors().size(), result.errors().toString());
        String error = result.errors().get(0);
        assertTrue(error.startsWith(queries.toString() + ":6: "), error);
        assertTrue(error.contains("[JW803] @Queries on AuthorQueries names Author, an entity of an earlier module,"
                + " whose DAO that module generates"), error);
        assertTrue(error.contains("declare AuthorQueries in the module that compiles Author"), error);
        assertTrue(result.generated().keySet().stream().noneMatch(f -> f.endsWith("Dao.java")),
                result.generated().keySet().toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void bothSchemasCreatedInOrderAndNavigationCrossesThem(TestDatabase database) throws Exception {
        database.assumeAvailable();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {
                    domain.classes().toUri().toURL(), app.classes().toUri().toURL()}, TwoModuleTest.class.getClassLoader());
                Sandbox sandbox = database.sandbox()) {
            Class<?> domainSchema = loader.loadClass("shop.domain.JoinwrightSchema");
            Class<?> appSchema = loader.loadClass("shop.app.JoinwrightSchema");
            domainSchema.getMethod("create", Connection.class).invoke(null, sandbox.connection);
            appSchema.getMethod("create", Connection.class).invoke(null, sandbox.connection);
            @SuppressWarnings("unchecked")
            Function<Database, String> smoke = (Function<Database, String>) loader.loadClass("shop.app.Smoke")
                    .getConstructor().newInstance();
            assertEquals("Ada,Ada,Ada,Ada", smoke.apply(sandbox.database()));
            appSchema.getMethod("drop", Connection.class).invoke(null, sandbox.connection);
            domainSchema.getMethod("drop", Connection.class).invoke(null, sandbox.connection);
        }
    }
}
