package dev.joinwright.bench.micronaut;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Micronaut Data's mapping of {@code tag}. */
@MappedEntity(value = "tag", escape = false)
public class MTag {
    @Id
    @GeneratedValue
    private Long id;
    private String name;

    public MTag() {}

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
