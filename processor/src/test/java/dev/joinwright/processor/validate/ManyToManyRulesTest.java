package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW5xx: association tables. */
class ManyToManyRulesTest {
    private static JavaFileObject post(String relationship) {
        return source("Post", "@Entity public interface Post {", "  @Id long id();", relationship, "}");
    }

    private static JavaFileObject tag(String relationship) {
        return source("Tag", "@Entity public interface Tag {", "  @Id long id();", relationship, "}");
    }

    @Test
    void sidesNameDifferentSecondaries() {
        JavaFileObject post = post("  @Relationship(secondary = \"post_tags\", backPopulates = \"posts\") List<Tag> tags();");
        JavaFileObject tag = tag("  @Relationship(secondary = \"tag_posts\", backPopulates = \"tags\") List<Post> posts();");
        assertThat(compile(post, tag)).hadErrorContaining(
                        "[JW501] @Relationship Post.tags has secondary = \"post_tags\", but its other side Tag.posts has secondary = \"tag_posts\"")
                .inFile(post).onLineContaining("secondary = \"post_tags\"");
    }

    @Test
    void secondaryIsAnEntityTable() {
        JavaFileObject post = post("  @Relationship(secondary = \"tag\") List<Tag> tags();");
        JavaFileObject tag = tag("  String name();");
        assertThat(compile(post, tag)).hadErrorContaining(
                        "[JW502] @Relationship Post.tags has secondary = \"tag\", the table of entity Tag, which has no "
                                + "foreign keys to Post, but an association object needs exactly one simple foreign key to each side")
                .inFile(post).onLineContaining("secondary = \"tag\"");
    }

    @Test
    void selfReferenceWithoutColumns() {
        JavaFileObject user = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Relationship(secondary = \"follows\") Set<User> following();", "}");
        assertThat(compile(user)).hadErrorContaining(
                        "[JW503] self-referential many-to-many User.following must name its association columns")
                .inFile(user).onLineContaining("Set<User> following();");
    }

    @Test
    void secondaryOnSingleValued() {
        JavaFileObject post = post("  @Relationship(secondary = \"post_tags\") Optional<Tag> tag();");
        assertThat(compile(post, tag("  String name();"))).hadErrorContaining(
                        "[JW504] @Relationship Post.tag has secondary = \"post_tags\" but returns the single-valued Optional<Tag>")
                .inFile(post).onLineContaining("secondary = \"post_tags\"");
    }

    @Test
    void sameSecondaryForDifferentPairs() {
        JavaFileObject post = post("  @Relationship(secondary = \"links\") List<Tag> tags();");
        JavaFileObject tag = tag("  @Relationship(secondary = \"links\") List<Note> notes();");
        JavaFileObject note = source("Note", "@Entity public interface Note {", "  @Id long id();", "}");
        assertThat(compile(post, tag, note)).hadErrorContaining("[JW505] @Relationship Tag.notes declares association table "
                        + "links as (note_id -> Note, tag_id -> Tag), but Post.tags declares it as (post_id -> Post, tag_id -> Tag)")
                .inFile(tag).onLineContaining("List<Note> notes();");
    }

    @Test
    void sameSecondaryWithDifferentColumns() {
        JavaFileObject post = post("  @Relationship(secondary = \"post_tags\", backPopulates = \"posts\") List<Tag> tags();");
        JavaFileObject tag = tag("  @Relationship(secondary = \"post_tags\", joinColumn = \"tid\", backPopulates = \"tags\")"
                + " List<Post> posts();");
        assertThat(compile(post, tag)).hadErrorContaining("[JW505] @Relationship Tag.posts declares association table post_tags")
                .inFile(tag).onLineContaining("joinColumn = \"tid\"");
    }

    @Test
    void joinColumnEqualsInverseJoinColumn() {
        JavaFileObject user = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Relationship(secondary = \"follows\", joinColumn = \"user_id\", inverseJoinColumn = \"USER_ID\")",
                "  Set<User> following();", "}");
        assertThat(compile(user)).hadErrorContaining(
                        "[JW506] @Relationship User.following uses column user_id for both sides of association table follows")
                .inFile(user).onLineContaining("inverseJoinColumn = \"USER_ID\"");
    }

    @Test
    void joinColumnWithoutSecondary() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(Tag.class) long tagId();",
                "  @Relationship(joinColumn = \"tag_id\") Tag tag();", "}");
        assertThat(compile(post, tag("  String name();"))).hadErrorContaining(
                        "[JW507] @Relationship Post.tag sets joinColumn, but it is not a many-to-many")
                .inFile(post).onLineContaining("joinColumn = \"tag_id\"");
    }

    @Test
    void invalidSecondaryName() {
        JavaFileObject post = post("  @Relationship(secondary = \"post tags\") List<Tag> tags();");
        assertThat(compile(post, tag("  String name();"))).hadErrorContaining(
                        "[JW602] secondary \"post tags\" of Post.tags is not a valid SQL identifier")
                .inFile(post).onLineContaining("secondary = \"post tags\"");
    }

    @Test
    void secondaryNamingAnEntityTableSuggestsAFreeName() {
        JavaFileObject post = source("Post", "@Entity(table = \"post\") public interface Post {", "  @Id long id();",
                "  @Relationship(secondary = \"post_tag\", backPopulates = \"posts\") List<Tag> tags();", "}");
        JavaFileObject tag = source("Tag", "@Entity(table = \"tag\") public interface Tag {", "  @Id long id();",
                "  @Relationship(secondary = \"post_tag\", backPopulates = \"tags\") List<Post> posts();", "}");
        JavaFileObject link = source("PostTag", "@Entity(table = \"post_tag\") public interface PostTag {", "  @Id long id();", "}");
        assertThat(compile(post, tag, link)).hadErrorContaining(
                        "[JW502] @Relationship Post.tags has secondary = \"post_tag\", the table of entity PostTag, which has no "
                                + "foreign keys to Post, but an association object needs exactly one simple foreign key to each side. "
                                + "Fix: give PostTag one @ForeignKey(Post.class) accessor, or give the association table its own "
                                + "name, e.g. \"post_tag_links\"")
                .inFile(post).onLineContaining("secondary = \"post_tag\"");
    }

    @Test
    void twoCollectionsWithoutSecondaryAskForSecondaryFirst() {
        JavaFileObject post = source("Post", "@Entity(table = \"post\") public interface Post {", "  @Id long id();",
                "  @Relationship(backPopulates = \"posts\") List<Tag> tags();", "}");
        JavaFileObject tag = source("Tag", "@Entity(table = \"tag\") public interface Tag {", "  @Id long id();",
                "  @Relationship(backPopulates = \"tags\") List<Post> posts();", "}");
        assertThat(compile(post, tag)).hadErrorContaining(
                        "[JW416] @Relationship Post.tags and Tag.posts are both collections, so together they are a many-to-many, "
                                + "but neither names its association table. Fix: add secondary = \"post_tag\" to both sides")
                .inFile(post).onLineContaining("List<Tag> tags();");
    }
}
