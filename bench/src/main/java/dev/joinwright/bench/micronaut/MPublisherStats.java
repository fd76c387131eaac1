package dev.joinwright.bench.micronaut;

import io.micronaut.core.annotation.Introspected;

/** The grouped projection an {@code @Query} maps into, by column label. */
@Introspected
public record MPublisherStats(long id, String name, long books, long pages) {}
