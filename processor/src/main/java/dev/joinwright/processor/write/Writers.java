package dev.joinwright.processor.write;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import dev.joinwright.processor.model.query.QueryInterface;

/**
 * Every writer, run over a validated, bound schema: the entity writers for the entities of one
 * round, the schema-wide writers once.
 */
public final class Writers {
    private static final List<ArtifactWriter> SCHEMA_WRITERS = List.of(new DdlResourceWriter(), new SchemaWriter());

    private Writers() {}

    /** The record and DAO of each of the schema's own entities that {@code write} accepts. */
    public static void writeEntities(BoundSchema schema, Predicate<Entity> write, Output output) throws IOException {
        writeEntities(schema, write, entity -> List.of(), output);
    }

    /**
     * The record and DAO of each of the schema's own entities that {@code write} accepts, each DAO
     * implementing its entity's {@code @Queries} interfaces.
     */
    public static void writeEntities(BoundSchema schema, Predicate<Entity> write,
            Function<Entity, List<QueryInterface>> queries, Output output) throws IOException {
        List<EntityWriter> writers = List.of(new RecordWriter(), new DaoWriter(queries));
        for (Entity entity : schema.entities()) {
            if (write.test(entity)) {
                output.focus(entity.element());
                for (EntityWriter writer : writers) {
                    writer.write(schema, entity, output);
                }
            }
        }
    }

    /** The DDL resources and the schema class. */
    public static void writeAggregate(BoundSchema schema, Output output) throws IOException {
        output.focus(null);
        for (ArtifactWriter writer : SCHEMA_WRITERS) {
            writer.write(schema, output);
        }
    }
}
