package dev.joinwright.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The JPA mirror of {@code Publisher}. */
@Entity
@Table(name = "publisher")
public class HPublisher {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    /** A detached instance carrying only its key, to set a foreign key with. */
    public static HPublisher reference(long id) {
        HPublisher publisher = new HPublisher();
        publisher.id = id;
        return publisher;
    }
}
