package dev.joinwright.bench.hibernate;

import dev.joinwright.bench.Checksum;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** The JPA mirror of {@code Tag}. */
@Entity
@Table(name = "tag")
public class HTag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    @ManyToMany(mappedBy = "tags")
    Set<HBook> books = new HashSet<>();

    public long id() {
        return id;
    }

    public long own() {
        return Checksum.tag(id, name);
    }
}
