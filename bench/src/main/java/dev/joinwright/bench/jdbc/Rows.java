package dev.joinwright.bench.jdbc;

import dev.joinwright.bench.Checksum;
import java.util.ArrayList;
import java.util.List;

/** The plain objects hand-written JDBC code maps rows into. */
final class Rows {
    private Rows() {}

    record Author(long id, String name, String country, int born, List<Book> books) {
        Author(long id, String name, String country, int born) {
            this(id, name, country, born, new ArrayList<>());
        }

        long checksum() {
            long sum = Checksum.author(id, name, country, born);
            for (Book b : books) {
                sum += b.checksum() + Checksum.link(id, b.id);
            }
            return sum;
        }
    }

    record Book(long id, String title, int pages, long authorId, long publisherId, Author author, List<Tag> tags) {
        Book(long id, String title, int pages, long authorId, long publisherId) {
            this(id, title, pages, authorId, publisherId, null, new ArrayList<>());
        }

        long checksum() {
            long sum = Checksum.book(id, title, pages, authorId, publisherId);
            if (author != null) {
                sum += Checksum.author(author.id, author.name, author.country, author.born);
            }
            for (Tag t : tags) {
                sum += Checksum.tag(t.id, t.name) + Checksum.link(id, t.id);
            }
            return sum;
        }
    }

    record Tag(long id, String name) {}

    /** One review as a streaming loop hands it on, row by row. */
    record Review(long id, long bookId, int stars, String body) {
        long checksum() {
            return Checksum.review(id, bookId, stars, body);
        }
    }
}
