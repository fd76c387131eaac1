package dev.joinwright.bench.model;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.ForeignKey;
import dev.joinwright.Id;

/**
 * A review of a book: the streaming workload's table (100,000 rows, loaded only for it). No
 * relationship is declared: the workload reads the table on its own.
 */
@Entity(table = "review")
public interface Review {
    @Id long id();

    @ForeignKey(Book.class) long bookId();

    int stars();

    @Column(length = 100) String body();
}
