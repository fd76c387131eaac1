package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import java.io.IOException;
import java.util.List;

/** Every artifact writer, run in order over a validated, bound schema. */
public final class Writers {
    private static final List<ArtifactWriter> WRITERS = List.of(
            new DdlResourceWriter(),
            new SchemaWriter(),
            new RecordWriter(),
            new DaoWriter());

    private Writers() {}

    public static void writeAll(BoundSchema schema, Output output) throws IOException {
        for (ArtifactWriter writer : WRITERS) {
            writer.write(schema, output);
        }
    }
}
