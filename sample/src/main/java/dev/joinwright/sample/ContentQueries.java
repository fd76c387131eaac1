package dev.joinwright.sample;

import dev.joinwright.Queries;
import dev.joinwright.Query;
import java.util.List;

/** Queries on posts, implemented by the generated ContentDao and checked when javac runs. */
@Queries(Content.class)
public interface ContentQueries {
    /** {@code LIKE ? ESCAPE '!'}, the prefix's % and _ escaped. */
    List<Content> findByTitleStartingWith(String prefix);

    /** A many-to-many path: an EXISTS through content_tags, so no post comes twice. */
    List<Content> findByTagsNameOrderByTitleAsc(String tag);

    /** A many-to-one path: a LEFT JOIN of users. */
    List<Content> findByOwnerNameIgnoreCase(String name);

    long countByOwnerEmail(String email);

    /** A record projection, read by column label. */
    record TagCount(String name, long posts) {}

    /** Hand-written SQL, prepared on H2 at compile time. */
    @Query("SELECT t.name AS name, COUNT(*) AS posts FROM tags t JOIN content_tags ct ON ct.tag_id = t.id"
            + " GROUP BY t.name ORDER BY t.name")
    List<TagCount> postsPerTag();
}
