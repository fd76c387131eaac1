package dev.joinwright.it.blog;

import dev.joinwright.Column;
import dev.joinwright.Entity;
import dev.joinwright.Id;

/**
 * Not part of SPEC's blog: a crew keyed by a 16-character code, referenced by {@link Rower} (whose
 * FK column takes the key's exact type, {@code VARCHAR(16)}).
 */
@Entity(table = "crews")
public interface Crew {
    @Id @Column(length = 16) String code();

    String name();
}
