package dev.joinwright.sample;

import dev.joinwright.Database;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.UniqueViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first five minutes with Joinwright: the blog of SPEC section 3 on an embedded H2 database.
 * Everything below calls code that javac generated from {@link User}, {@link Content} and
 * {@link Tag}: {@code JoinwrightSchema} (the DDL), {@code *Record} (immutable rows) and
 * {@code *Dao} (typed SQL).
 */
public final class BlogTour {
    private BlogTour() {}

    public static void main(String[] args) {
        Database db = Database.h2InMemory("blog");
        JoinwrightSchema.create(db);
        section("1. The schema javac generated (H2 dialect)");
        JoinwrightSchema.createStatements(db.dialect().id()).forEach(sql -> System.out.println(sql + ";\n"));

        UserDao users = new UserDao(db);
        ContentDao contents = new ContentDao(db);
        TagDao tags = new TagDao(db);

        section("2. Insert rows; the database generates the keys");
        UserRecord ada = users.insert(UserRecord.builder().email("ada@example.com").name("Ada").bio("Engine notes").build());
        UserRecord alan = users.insert(UserRecord.builder().email("alan@example.com").name("Alan").build());
        System.out.println(ada);
        System.out.println(alan);
        List<ContentRecord> posts = contents.insertAll(List.of(
                ContentRecord.builder().title("Notes on the Analytical Engine").ownerId(ada.id()).build(),
                ContentRecord.builder().title("Bernoulli numbers, step by step").ownerId(ada.id()).build(),
                ContentRecord.builder().title("Computable numbers").ownerId(alan.id()).build()));
        posts.forEach(System.out::println);
        TagRecord history = tags.insert(TagRecord.builder().name("history").build());
        TagRecord maths = tags.insert(TagRecord.builder().name("maths").build());

        section("3. Link posts and tags (many-to-many, from either side: the same rows)");
        contents.linkTags(posts.get(0), history);
        contents.linkTags(posts.get(1), history, maths);
        tags.linkContent(maths, posts.get(2));
        tags.linkContent(maths, posts.get(2)); // idempotent: linking twice is not an error
        System.out.println("linked; content_tags rows are the same whichever DAO wrote them");

        section("4. Navigate");
        System.out.println("Ada's posts (one-to-many, SELECT ... WHERE owner_id = ?):");
        users.content(ada).forEach(p -> System.out.println("  " + p.title()));
        System.out.println("Owner of \"" + posts.get(2).title() + "\" (many-to-one, by key): " + contents.owner(posts.get(2)).name());
        System.out.println("Tags of \"" + posts.get(1).title() + "\" (JOIN content_tags): " + names(contents.tags(posts.get(1))));
        System.out.println("Posts tagged maths (the other side of the same rows): "
                + tags.content(maths).stream().map(ContentRecord::title).collect(Collectors.toList()));

        section("5. Batched navigation: several users' posts in one statement");
        Map<Long, List<ContentRecord>> byUser = users.content(List.of(ada, alan));
        byUser.forEach((id, list) -> System.out.println("  user " + id + " -> " + list.size() + (list.size() == 1 ? " post" : " posts")));

        section("6. Eager loading: posts LEFT JOIN owners, then tags: 2 statements for any number of posts");
        for (ContentRecord post : contents.findAll(ContentDao.Fetch.OWNER, ContentDao.Fetch.TAGS)) {
            System.out.println("  " + post.title() + " by " + post.owner().name() + " " + names(post.tags()));
        }

        section("7. Constraints are real, and errors say which");
        try {
            contents.insert(ContentRecord.builder().title("Orphan").ownerId(9_999).build());
        } catch (ForeignKeyViolationException e) {
            System.out.println("ForeignKeyViolationException: table=" + e.table().orElse("?")
                    + " constraint=" + e.constraint().orElse("?"));
        }
        try {
            users.insert(UserRecord.builder().email("ada@example.com").name("Ada again").build());
        } catch (UniqueViolationException e) {
            System.out.println("UniqueViolationException: constraint=" + e.constraint().orElse("?"));
        }

        section("8. Queries declared on an interface, checked at compile time");
        ContentQueries queries = contents;
        System.out.println("titles starting with \"Notes\": " + titles(queries.findByTitleStartingWith("Notes")));
        System.out.println("posts tagged maths, by title (EXISTS through content_tags): "
                + titles(queries.findByTagsNameOrderByTitleAsc("maths")));
        System.out.println("posts of \"ADA\", ignoring case (LEFT JOIN users): "
                + titles(queries.findByOwnerNameIgnoreCase("ADA")));
        System.out.println("posts of ada@example.com: " + queries.countByOwnerEmail("ada@example.com"));
        System.out.println("posts per tag (@Query, a record by label): " + queries.postsPerTag());

        section("9. ON DELETE CASCADE: deleting Ada deletes her posts and their links");
        users.deleteById(ada.id());
        System.out.println("posts left: " + contents.count() + ", tags of maths now: "
                + tags.content(maths).stream().map(ContentRecord::title).collect(Collectors.toList()));
    }

    private static List<String> titles(List<? extends Content> posts) {
        return posts.stream().map(Content::title).collect(Collectors.toList());
    }

    private static List<String> names(List<? extends Tag> tags) {
        return tags.stream().map(Tag::name).collect(Collectors.toList());
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }
}
