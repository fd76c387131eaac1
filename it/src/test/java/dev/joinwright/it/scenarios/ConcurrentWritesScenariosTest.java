package dev.joinwright.it.scenarios;

import static dev.joinwright.it.scenarios.Rows.content;
import static dev.joinwright.it.scenarios.Rows.tag;
import static dev.joinwright.it.scenarios.Rows.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.Database;
import dev.joinwright.RetryableException;
import dev.joinwright.UniqueViolationException;
import dev.joinwright.it.blog.ContentDao;
import dev.joinwright.it.blog.ContentRecord;
import dev.joinwright.it.blog.TagDao;
import dev.joinwright.it.blog.TagRecord;
import dev.joinwright.it.blog.UserDao;
import dev.joinwright.it.blog.UserRecord;
import dev.joinwright.it.matrix.GeneratedSchema;
import dev.joinwright.it.matrix.OnAllDatabases;
import dev.joinwright.it.matrix.Sandbox;
import dev.joinwright.it.matrix.Sandboxes;
import dev.joinwright.it.matrix.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC section 6's concurrency promises, raced through the generated DAOs in bounded loops on a
 * HikariCP pool: two {@code replaceX} of one owner end with one writer's set, never a union;
 * linking one pair from both sides at once never surfaces a unique violation; multi-row links in
 * opposite orders never deadlock each other. Each scenario counts what went wrong in all its
 * rounds and expects zero; the counts are in the failure message.
 */
@DisplayName("Concurrent writes")
class ConcurrentWritesScenariosTest {
    private static final int ROUNDS = 30;

    @RegisterExtension
    static final Sandboxes BLOG = new Sandboxes(GeneratedSchema.BLOG.setup());

    /** Runs the tasks at once (a barrier before each), waits for all, returns what each threw. */
    private static List<Throwable> race(ExecutorService threads, List<Callable<?>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        List<Future<Throwable>> running = new ArrayList<>();
        for (Callable<?> task : tasks) {
            running.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    task.call();
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<Throwable> f : running) {
            Throwable t = f.get(120, TimeUnit.SECONDS);
            if (t != null) {
                failures.add(t);
            }
        }
        return failures;
    }

    private static Database pooled(Sandbox sandbox, String name) {
        return Database.of(sandbox.pool(4, name));
    }

    private static Set<String> names(List<TagRecord> tags) {
        return tags.stream().map(TagRecord::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @OnAllDatabases
    @DisplayName("two replaceX of one owner at once: one writer's set, never the union")
    void concurrentReplacesEndWithOneWritersSet(TestDatabase db) throws Exception {
        Database database = pooled(BLOG.of(db), "replace-race");
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);
        UserRecord owner = new UserDao(database).insert(user("replace@race", "replace"));
        ContentRecord post = contents.insert(content("replace-race", owner.id()));
        List<TagRecord> first = tags.insertAll(List.of(tag("ra-1"), tag("ra-2"), tag("ra-3"), tag("ra-4")));
        List<TagRecord> second = tags.insertAll(List.of(tag("rb-1"), tag("rb-2"), tag("rb-3"), tag("rb-4")));
        Set<String> firstSet = names(first);
        Set<String> secondSet = names(second);
        int unions = 0;
        List<Throwable> failures = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                failures.addAll(race(threads, List.of(
                        () -> {
                            contents.replaceTags(post, first);
                            return null;
                        },
                        () -> {
                            contents.replaceTags(post, second);
                            return null;
                        })));
                Set<String> linked = names(contents.tags(post));
                if (!linked.equals(firstSet) && !linked.equals(secondSet)) {
                    unions++;
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals("0 unions, 0 failures in " + ROUNDS + " rounds",
                unions + " unions, " + failures.size() + " failures in " + ROUNDS + " rounds"
                        + (failures.isEmpty() ? "" : " (first: " + failures.get(0) + ")"));
    }

    @OnAllDatabases
    @DisplayName("one pair linked from both sides at once: no unique violation, one link")
    void linkingOnePairFromBothSides(TestDatabase db) throws Exception {
        Database database = Database.of(BLOG.of(db).pool(6, "pair-race"));
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);
        UserRecord owner = new UserDao(database).insert(user("pair@race", "pair"));
        int violations = 0;
        int wrongCounts = 0;
        List<Throwable> others = new ArrayList<>();
        int rounds = 2 * ROUNDS; // H2's race is the narrowest
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < rounds; round++) {
                ContentRecord post = contents.insert(content("pair-" + round, owner.id()));
                List<TagRecord> labels = tags.insertAll(IntStream.range(0, 6)
                        .mapToObj(i -> tag("pair-" + post.id() + "-" + i)).toList());
                List<TagRecord> reversed = new ArrayList<>(labels);
                Collections.reverse(reversed);
                List<Callable<?>> sides = new ArrayList<>();
                for (int side = 0; side < 3; side++) {
                    sides.add(() -> {
                        contents.linkTags(post, labels);
                        return null;
                    });
                    sides.add(() -> {
                        for (TagRecord label : reversed) {
                            tags.linkContent(label, post);
                        }
                        return null;
                    });
                }
                for (Throwable t : race(threads, sides)) {
                    if (t instanceof UniqueViolationException) {
                        violations++;
                    } else {
                        others.add(t);
                    }
                }
                if (contents.tags(post).size() != labels.size()) {
                    wrongCounts++;
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals("0 unique violations, 0 other failures, 0 wrong link sets in " + rounds + " rounds",
                violations + " unique violations, " + others.size() + " other failures, " + wrongCounts
                        + " wrong link sets in " + rounds + " rounds"
                        + (others.isEmpty() ? "" : " (first: " + others.get(0) + ")"));
    }

    @OnAllDatabases
    @DisplayName("linkX(a1, p1…p6) and linkX(a2, p6…p1) at once: no deadlock")
    void oppositeOrderLinksNeverDeadlock(TestDatabase db) throws Exception {
        Database database = pooled(BLOG.of(db), "order-race");
        UserDao users = new UserDao(database);
        ContentDao contents = new ContentDao(database);
        TagDao tags = new TagDao(database);
        UserRecord a1 = users.insert(user("a1@race", "a1"));
        UserRecord a2 = users.insert(user("a2@race", "a2"));
        List<ContentRecord> posts = contents.insertAll(IntStream.range(0, 6)
                .mapToObj(i -> content("order-" + i, a1.id())).toList());
        List<ContentRecord> reversedPosts = new ArrayList<>(posts);
        Collections.reverse(reversedPosts);
        List<TagRecord> labels = tags.insertAll(IntStream.range(0, 6).mapToObj(i -> tag("order-" + i)).toList());
        List<TagRecord> reversedLabels = new ArrayList<>(labels);
        Collections.reverse(reversedLabels);
        AtomicInteger deadlocks = new AtomicInteger();
        List<Throwable> others = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Callable<?>> both = round % 2 == 0
                        ? List.of(() -> {
                            users.linkContent(a1, posts);
                            return null;
                        }, () -> {
                            users.linkContent(a2, reversedPosts);
                            return null;
                        })
                        : List.of(() -> {
                            tags.linkContent(labels.get(0), posts);
                            contents.unlinkTags(posts.get(0), labels);
                            return null;
                        }, () -> {
                            tags.linkContent(labels.get(1), reversedPosts);
                            contents.unlinkTags(posts.get(0), reversedLabels);
                            return null;
                        });
                for (Throwable t : race(threads, both)) {
                    if (t instanceof RetryableException) {
                        deadlocks.incrementAndGet();
                    } else {
                        others.add(t);
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
        for (ContentRecord post : contents.findAll()) {
            if (post.title().startsWith("order-")) {
                assertEquals(true, post.ownerId() == a1.id() || post.ownerId() == a2.id(), post.toString());
            }
        }
        assertEquals("0 deadlocks, 0 other failures in " + ROUNDS + " rounds",
                deadlocks.get() + " deadlocks, " + others.size() + " other failures in " + ROUNDS + " rounds"
                        + (others.isEmpty() ? "" : " (first: " + others.get(0) + ")"));
    }
}
