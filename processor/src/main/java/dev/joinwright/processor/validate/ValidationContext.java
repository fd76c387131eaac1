package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Binder;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Schema;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a rule may look at: the schema as written, the binder that infers relationships, javac's
 * type utilities, and where to report.
 */
public record ValidationContext(
        Schema schema, Binder binder, Types types, Elements elements, Diagnostics diagnostics) {

    /**
     * The schema's entities, each made the diagnostics' focus while a rule looks at it, so that an
     * internal error is reported on the entity being checked.
     */
    public Iterable<Entity> entities() {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Entity> all = schema.entities().iterator();

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Entity next() {
                Entity entity = all.next();
                diagnostics.focus(entity.element());
                return entity;
            }
        };
    }
}
