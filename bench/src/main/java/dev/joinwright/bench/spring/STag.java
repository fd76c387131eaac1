package dev.joinwright.bench.spring;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The Tag aggregate. */
@Table("tag")
public record STag(@Id Long id, String name) {}
