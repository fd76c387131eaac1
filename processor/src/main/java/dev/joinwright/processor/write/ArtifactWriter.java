package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import java.io.IOException;

/** Writes an artifact of the whole schema (the DDL resources, the schema class), once per compilation. */
public interface ArtifactWriter {
    void write(BoundSchema schema, Output output) throws IOException;
}
