package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import java.io.IOException;

/** Writes one entity's artifact (its record, its DAO), in the round the entity is complete. */
public interface EntityWriter {
    void write(BoundSchema schema, Entity entity, Output output) throws IOException;
}
