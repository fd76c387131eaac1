package dev.joinwright.bench.hibernate;

/** The grouped projection HQL instantiates ({@code select new …}). */
public record PublisherStats(Long id, String name, Long books, Long pages) {}
