package lib;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;

/** Version 2: one book per author, so the unique constraint replaces the FK column's index. */
@Entity
public interface Book {
    @Id long id();

    @Column(unique = true) @ForeignKey(Author.class) long authorId();
}
