package dev.joinwright.bench.hibernate;

import dev.joinwright.bench.Checksum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The JPA mapping of {@code review} (the streaming workload's table): the book as its key column. */
@Entity
@Table(name = "review")
public class HReview {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "book_id")
    long bookId;

    int stars;
    String body;

    public long own() {
        return Checksum.review(id, bookId, stars, body);
    }
}
