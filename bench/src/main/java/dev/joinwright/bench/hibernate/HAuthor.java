package dev.joinwright.bench.hibernate;

import dev.joinwright.bench.Checksum;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** The JPA mirror of {@code Author}. */
@Entity
@Table(name = "author")
public class HAuthor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;
    String country;
    int born;

    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    Set<HBook> books = new LinkedHashSet<>();

    protected HAuthor() {}

    public HAuthor(String name, String country, int born) {
        this.name = name;
        this.country = country;
        this.born = born;
    }

    /** A detached instance carrying only its key, to set a foreign key with. */
    public static HAuthor reference(long id) {
        HAuthor author = new HAuthor();
        author.id = id;
        return author;
    }

    // Methods, not field reads: a lazy proxy initializes itself on a method call only.
    public long id() {
        return id;
    }

    public long own() {
        return Checksum.author(id, name, country, born);
    }

    public long withBooks() {
        long sum = own();
        for (HBook b : books) {
            sum += b.own() + Checksum.link(id, b.id());
        }
        return sum;
    }

    public long withBooksAndTags() {
        long sum = own();
        for (HBook b : books) {
            sum += b.withTags() + Checksum.link(id, b.id());
        }
        return sum;
    }
}
