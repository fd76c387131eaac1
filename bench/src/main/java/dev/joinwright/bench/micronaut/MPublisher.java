package dev.joinwright.bench.micronaut;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Micronaut Data's mapping of {@code publisher}. */
@MappedEntity(value = "publisher", escape = false)
public class MPublisher {
    @Id
    @GeneratedValue
    private Long id;
    private String name;

    public MPublisher() {}

    static MPublisher reference(long id) {
        MPublisher p = new MPublisher();
        p.id = id;
        return p;
    }

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }
}
