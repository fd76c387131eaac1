package dev.joinwright.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinwright.Database;
import dev.joinwright.NotLoadedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batched navigation and eager loading issue a number of statements that does not grow with the
 * number of parents (no N+1), counted on the connections of a wrapping {@code DataSource}, on
 * embedded H2 and SQLite, for 1, 10 and 1,000 parents. The four-database matrix lives in the
 * {@code it} module; this test pins the statement counts next to the sample that shows them.
 */
class StatementCountTest {
    private static final AtomicCounter DATABASES = new AtomicCounter();
    private Path sqliteFile;

    static Stream<Arguments> databases() {
        return Stream.of("h2", "sqlite").flatMap(db -> Stream.of(1, 10, 1_000).map(n -> Arguments.of(db, n)));
    }

    @AfterEach
    void deleteSqliteFile() throws Exception {
        if (sqliteFile != null) {
            Files.deleteIfExists(sqliteFile);
        }
    }

    private CountingDataSource dataSource(String database) throws Exception {
        if (database.equals("h2")) {
            return new CountingDataSource("jdbc:h2:mem:counts" + DATABASES.next() + ";DB_CLOSE_DELAY=-1");
        }
        sqliteFile = Files.createTempFile("joinwright-counts", ".db");
        return new CountingDataSource("jdbc:sqlite:" + sqliteFile);
    }

    @ParameterizedTest(name = "{0}, {1} parents")
    @MethodSource("databases")
    void batchedNavigationAndEagerLoadsAreBounded(String database, int parents) throws Exception {
        CountingDataSource counting = dataSource(database);
        Database db = Database.of(counting);
        JoinwrightSchema.create(db);
        UserDao users = new UserDao(db);
        ContentDao contents = new ContentDao(db);
        TagDao tags = new TagDao(db);
        List<UserRecord> people = users.insertAll(userRows(parents));
        List<ContentRecord> posts = contents.insertAll(postRows(people));
        List<TagRecord> labels = tags.insertAll(List.of(TagRecord.builder().name("a").build(), TagRecord.builder().name("b").build()));
        for (ContentRecord post : posts) {
            contents.linkTags(post, post.id() % 2 == 0 ? labels : labels.subList(0, 1));
        }

        counting.reset();
        Map<Long, List<ContentRecord>> byUser = users.content(people);
        assertEquals(1, counting.prepared().size(), "one statement for " + parents + " users' posts");
        assertEquals(parents, byUser.size());
        byUser.values().forEach(list -> assertEquals(2, list.size()));

        counting.reset();
        Map<Long, UserRecord> owners = contents.owner(posts);
        Map<Long, List<TagRecord>> tagsByPost = contents.tags(posts);
        Map<Long, List<ContentRecord>> postsByTag = tags.content(labels);
        assertEquals(3, counting.prepared().size(), "one statement each: owners, tags, posts by tag");
        assertEquals(posts.size(), owners.size());
        assertEquals(posts.size(), tagsByPost.size());
        assertEquals(posts.size(), postsByTag.get(labels.get(0).id()).size());
        assertEquals(posts.size() / 2, postsByTag.get(labels.get(1).id()).size());

        counting.reset();
        List<ContentRecord> eager = contents.findAll(ContentDao.Fetch.OWNER, ContentDao.Fetch.TAGS);
        assertEquals(2, counting.prepared().size(), "posts LEFT JOIN owners, then tags: " + counting.prepared());
        assertTrue(counting.prepared().get(0).contains("LEFT JOIN users"), counting.prepared().get(0));
        for (ContentRecord post : eager) {
            assertEquals(post.ownerId(), post.owner().id());
            assertEquals(post.id() % 2 == 0 ? 2 : 1, post.tags().size());
        }

        counting.reset();
        List<UserRecord> withPosts = users.findAll(UserDao.Fetch.CONTENT);
        assertEquals(2, counting.prepared().size());
        withPosts.forEach(user -> assertEquals(2, user.content().size()));

        counting.reset();
        assertTrue(users.content(List.of()).isEmpty());
        assertTrue(contents.load(List.of(), ContentDao.Fetch.TAGS).isEmpty());
        assertEquals(0, counting.prepared().size(), "an empty input never touches the database");
        assertEquals(0, counting.openConnections(), "no connection left open");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "sqlite"})
    void unloadedRelationshipSaysWhichMethodToCall(String database) throws Exception {
        Database db = Database.of(dataSource(database));
        JoinwrightSchema.create(db);
        UserRecord ada = new UserDao(db).insert(UserRecord.builder().email("ada@example.com").name("Ada").build());
        ContentRecord post = new ContentDao(db).insert(ContentRecord.builder().title("t").ownerId(ada.id()).build());
        NotLoadedException e = assertThrows(NotLoadedException.class, post::owner);
        assertTrue(e.getMessage().contains("ContentDao.owner(content)"), e.getMessage());
        assertTrue(e.getMessage().contains("ContentDao.Fetch.OWNER"), e.getMessage());
        assertEquals(ada, new ContentDao(db).findById(post.id(), ContentDao.Fetch.OWNER).orElseThrow().owner());
    }

    private static List<UserRecord> userRows(int n) {
        List<UserRecord> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(UserRecord.builder().email("user" + i + "@example.com").name("User " + i).build());
        }
        return rows;
    }

    private static List<ContentRecord> postRows(List<UserRecord> users) {
        List<ContentRecord> rows = new ArrayList<>();
        for (UserRecord user : users) {
            rows.add(ContentRecord.builder().title(user.name() + " 1").ownerId(user.id()).build());
            rows.add(ContentRecord.builder().title(user.name() + " 2").ownerId(user.id()).build());
        }
        return rows;
    }

    /** Unique H2 database names within one run. */
    private static final class AtomicCounter {
        private final java.util.concurrent.atomic.AtomicInteger value = new java.util.concurrent.atomic.AtomicInteger();

        int next() {
            return value.incrementAndGet();
        }
    }
}
