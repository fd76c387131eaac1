package dev.joinwright.processor.model.query;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A property of a derived query, resolved: the relationships it goes through from the query's
 * entity, then a column of the last one's target ({@code courses.department.code}).
 *
 * @param hops the relationships, in order; empty for a column of the entity itself
 * @param column the column at the end
 */
public record PropertyPath(List<Relation> hops, Column column) {
    public PropertyPath {
        hops = List.copyOf(hops);
    }

    /** The entity whose column ends the path. */
    public Entity leafEntity(Entity root) {
        return hops.isEmpty() ? root : hops.get(hops.size() - 1).target();
    }

    /** Whether a hop is a collection (one-to-many or many-to-many): the path needs an EXISTS. */
    public boolean throughToMany() {
        return hops.stream().anyMatch(PropertyPath::isToMany);
    }

    public static boolean isToMany(Relation relation) {
        return relation.kind() == RelationKind.ONE_TO_MANY || relation.kind() == RelationKind.MANY_TO_MANY;
    }

    /** {@code courses.department.code}. */
    public String dotted() {
        String prefix = hops.stream().map(Relation::name).collect(Collectors.joining("."));
        return prefix.isEmpty() ? column.accessorName() : prefix + "." + column.accessorName();
    }
}
