package dev.joinwright.bench.spring;

import dev.joinwright.bench.Checksum;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The Review aggregate (the streaming workload's table). */
@Table("review")
public record SReview(@Id Long id, long bookId, int stars, String body) {
    long own() {
        return Checksum.review(id, bookId, stars, body);
    }
}
