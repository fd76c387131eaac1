package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW4xx: relationship targets, FK binding, backPopulates, orderBy, optional references. */
class RelationshipRulesTest {
    private static JavaFileObject user(String... relationshipLines) {
        String[] lines = new String[relationshipLines.length + 4];
        lines[0] = "@Entity(table = \"users\") public interface User {";
        lines[1] = "  @Id long id();";
        lines[2] = "  String name();";
        System.arraycopy(relationshipLines, 0, lines, 3, relationshipLines.length);
        lines[lines.length - 1] = "}";
        return source("User", lines);
    }

    private static JavaFileObject post(String... lines) {
        String[] all = new String[lines.length + 4];
        all[0] = "@Entity public interface Post {";
        all[1] = "  @Id long id();";
        all[2] = "  String title();";
        System.arraycopy(lines, 0, all, 3, lines.length);
        all[all.length - 1] = "}";
        return source("Post", all);
    }

    @Test
    void relationshipToScalar() {
        JavaFileObject user = user("  @Relationship String nickname();");
        assertThat(compile(user)).hadErrorContaining(
                        "[JW401] @Relationship User.nickname returns String, and String is not an @Entity of this compilation")
                .inFile(user).onLineContaining("@Relationship String nickname();");
    }

    @Test
    void relationshipToMap() {
        JavaFileObject user = user("  @Relationship Map<Long, Post> postsById();");
        assertThat(compile(user, post())).hadErrorContaining(
                        "[JW402] @Relationship User.postsById returns Map<Long,Post>, which is not a supported relationship type")
                .inFile(user).onLineContaining("Map<Long, Post> postsById();");
    }

    @Test
    void oneToManyWithoutForeignKey() {
        JavaFileObject user = user("  @Relationship List<Post> posts();");
        assertThat(compile(user, post())).hadErrorContaining(
                        "[JW403] @Relationship User.posts is a collection of Post, but Post has no @ForeignKey to User")
                .inFile(user).onLineContaining("List<Post> posts();");
        assertThat(compile(user, post())).hadErrorContaining(
                "add `@ForeignKey(User.class) long userId()` to Post, or use secondary for many-to-many");
    }

    @Test
    void singleValuedWithoutForeignKey() {
        JavaFileObject post = post("  @Relationship User author();");
        assertThat(compile(user(), post)).hadErrorContaining("[JW404] @Relationship Post.author has no foreign key")
                .inFile(post).onLineContaining("User author();");
    }

    @Test
    void ambiguousForeignKeys() {
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @ForeignKey(User.class) @Nullable Long reviewerId();", "  @Relationship User author();");
        assertThat(compile(user(), post)).hadErrorContaining(
                        "[JW405] @Relationship Post.author could go through any of these foreign keys: Post.authorId, Post.reviewerId")
                .inFile(post).onLineContaining("@Relationship User author();");
    }

    @Test
    void foreignKeyNamingMissingAccessor() {
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(foreignKey = \"autorId\") User author();");
        assertThat(compile(user(), post)).hadErrorContaining(
                        "[JW406] @Relationship Post.author names foreignKey autorId, but neither Post nor User has an accessor autorId")
                .inFile(post).onLineContaining("foreignKey = \"autorId\"");
        assertThat(compile(user(), post)).hadErrorContaining("Did you mean \"authorId\"?");
    }

    @Test
    void foreignKeyNamingNonForeignKey() {
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(foreignKey = \"title\") User author();");
        assertThat(compile(user(), post)).hadErrorContaining("[JW406] @Relationship Post.author names foreignKey title, "
                        + "which is not a foreign key between Post and User")
                .inFile(post).onLineContaining("foreignKey = \"title\"");
    }

    @Test
    void backPopulatesMissing() {
        JavaFileObject user = user("  @Relationship(backPopulates = \"autor\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(backPopulates = \"posts\") User author();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW407] @Relationship User.posts has backPopulates = \"autor\", but Post has no relationship autor")
                .inFile(user).onLineContaining("backPopulates = \"autor\"");
        assertThat(compile(user, post)).hadErrorContaining("Did you mean \"author\"? Available relationships of Post: author");
    }

    @Test
    void backPopulatesPlainColumn() {
        JavaFileObject user = user("  @Relationship(backPopulates = \"authorId\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW408] @Relationship User.posts has backPopulates = \"authorId\", but Post.authorId is a column")
                .inFile(user).onLineContaining("backPopulates = \"authorId\"");
    }

    @Test
    void backPopulatesNotPointingBack() {
        JavaFileObject tag = source("Tag", "@Entity public interface Tag {", "  @Id long id();",
                "  @ForeignKey(Post.class) long postId();", "}");
        JavaFileObject user = user("  @Relationship(backPopulates = \"tags\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship List<Tag> tags();");
        assertThat(compile(user, post, tag)).hadErrorContaining(
                        "[JW409] @Relationship User.posts has backPopulates = \"tags\", but Post.tags points to List<Tag>, not back to User")
                .inFile(user).onLineContaining("backPopulates = \"tags\"");
    }

    @Test
    void backPopulatesBothManyToOne() {
        JavaFileObject user = user("  @ForeignKey(Post.class) @Nullable Long favouriteId();",
                "  @Relationship(backPopulates = \"author\") Optional<Post> favourite();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(backPopulates = \"favourite\") User author();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW410] @Relationship User.favourite and Post.author cannot be two sides of one relationship: "
                                + "both sides are many-to-one")
                .inFile(user).onLineContaining("Optional<Post> favourite();");
    }

    @Test
    void backPopulatesManyToManyWithOneToMany() {
        JavaFileObject user = user("  @Relationship(secondary = \"user_posts\", backPopulates = \"author\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(backPopulates = \"posts\") User author();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW410] @Relationship User.posts and Post.author cannot be two sides of one relationship: "
                                + "a many-to-many is paired with a relationship that is not one")
                .inFile(user).onLineContaining("List<Post> posts();");
    }

    @Test
    void backPopulatesPairsDisagree() {
        JavaFileObject user = user("  @Relationship(backPopulates = \"author\") List<Post> posts();",
                "  @Relationship(backPopulates = \"author\") List<Post> drafts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();",
                "  @Relationship(backPopulates = \"posts\") User author();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW411] @Relationship User.drafts has backPopulates = \"author\", but Post.author has backPopulates = \"posts\"")
                .inFile(user).onLineContaining("List<Post> drafts();");
    }

    @Test
    void orderByMissingColumn() {
        JavaFileObject user = user("  @Relationship(orderBy = \"titel DESC\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW413] @Relationship User.posts orders by titel, which is not a column of Post")
                .inFile(user).onLineContaining("orderBy = \"titel DESC\"");
        assertThat(compile(user, post)).hadErrorContaining(
                "Did you mean \"title\"? Available columns of Post: id, title, author_id");
    }

    @Test
    void orderByInvalid() {
        JavaFileObject user = user("  @Relationship(orderBy = \"title; DROP TABLE users\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();");
        assertThat(compile(user, post)).hadErrorContaining("[JW412]")
                .inFile(user).onLineContaining("orderBy = \"title; DROP TABLE users\"");
    }

    @Test
    void orderByDescendingLowerCaseIsFine() {
        JavaFileObject user = user("  @Relationship(orderBy = \"title desc\") List<Post> posts();");
        JavaFileObject post = post("  @ForeignKey(User.class) long authorId();");
        assertThat(compile(user, post)).succeededWithoutWarnings();
    }

    @Test
    void nullableForeignKeyBehindNonOptional() {
        JavaFileObject post = post("  @ForeignKey(User.class) @Nullable Long reviewerId();",
                "  @Relationship User reviewer();");
        assertThat(compile(user(), post)).hadErrorContaining(
                        "[JW414] @Relationship Post.reviewer goes through the nullable foreign key Post.reviewerId")
                .inFile(post).onLineContaining("@Relationship User reviewer();");
        assertThat(compile(user(), post)).hadErrorContaining("return Optional<User>");
    }

    @Test
    void oneToOneParentSideMustBeOptional() {
        JavaFileObject user = user("  @Relationship Post pinned();");
        JavaFileObject post = post("  @Column(unique = true) @ForeignKey(User.class) long ownerId();");
        assertThat(compile(user, post)).hadErrorContaining(
                        "[JW415] @Relationship User.pinned is the parent side of a one-to-one (via Post.ownerId)")
                .inFile(user).onLineContaining("@Relationship Post pinned();");
    }
}
