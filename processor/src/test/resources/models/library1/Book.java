package lib;

import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;

@Entity
public interface Book {
    @Id long id();

    @ForeignKey(Author.class) long authorId();
}
