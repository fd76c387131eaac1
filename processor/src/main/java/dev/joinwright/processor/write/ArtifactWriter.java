package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import java.io.IOException;

/** Writes one kind of artifact (DDL resources, the schema class, records, DAOs). */
public interface ArtifactWriter {
    void write(BoundSchema schema, Output output) throws IOException;
}
