package dev.joinwright.bench.micronaut;

import dev.joinwright.bench.Checksum;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Micronaut Data's mapping of {@code review} (the streaming workload's table). */
@MappedEntity(value = "review", escape = false)
public record MReview(@Id @GeneratedValue Long id, long bookId, int stars, String body) {
    long own() {
        return Checksum.review(id, bookId, stars, body);
    }
}
