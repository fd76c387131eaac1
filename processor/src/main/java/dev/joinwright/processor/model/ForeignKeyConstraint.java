package dev.joinwright.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FK constraint of an entity: a single {@code @ForeignKey} column, or the accessors that reference
 * one composite-keyed target together ({@code FOREIGN KEY (a, b) REFERENCES t (x, y)}), ordered by the
 * target's key. Built for a validated schema.
 *
 * @param from the referencing entity
 * @param to the referenced entity
 * @param columns the referencing columns, in the order of {@code referenced}
 * @param referenced the referenced columns: the target's key (in key order), or the one column named
 */
public record ForeignKeyConstraint(Entity from, Entity to, List<Column> columns, List<Column> referenced) {

    public ForeignKeyConstraint {
        columns = List.copyOf(columns);
        referenced = List.copyOf(referenced);
    }

    /** Whether the constraint has more than one column. */
    public boolean composite() {
        return columns.size() > 1;
    }

    /** Whether every referencing column is NOT NULL (a composite FK with a NULL part references nothing). */
    public boolean notNull() {
        return columns.stream().allMatch(Column::notNull);
    }

    /** The column referenced by {@code column} of {@code to}: the named one, else the target's simple key. */
    public static Column referencedBy(Column column, Entity to) {
        String named = column.foreignKey().orElseThrow().column();
        return named.isEmpty() ? to.id().orElseThrow() : to.column(named).orElseThrow();
    }

    /**
     * The FK constraints of {@code from} over the given edges (each FK column with its target), in the
     * order of their first column: one per column to a simply keyed target, one per composite-keyed
     * target for all the columns that reference it.
     */
    public static List<ForeignKeyConstraint> of(Entity from, List<ForeignKeyGraph.Edge> edges) {
        Map<Entity, List<Column>> composite = new IdentityHashMap<>();
        Map<Object, ForeignKeyConstraint> constraints = new LinkedHashMap<>();
        List<ForeignKeyGraph.Edge> own = new ArrayList<>(edges.stream().filter(e -> e.from() == from).toList());
        own.sort(Comparator.comparingInt(e -> from.columns().indexOf(e.column())));
        for (ForeignKeyGraph.Edge edge : own) {
            if (edge.to().compositeKey()) {
                composite.computeIfAbsent(edge.to(), t -> new ArrayList<>()).add(edge.column());
                constraints.putIfAbsent(edge.to(), null);
            } else {
                constraints.put(edge.column(), new ForeignKeyConstraint(from, edge.to(), List.of(edge.column()),
                        List.of(referencedBy(edge.column(), edge.to()))));
            }
        }
        List<ForeignKeyConstraint> result = new ArrayList<>();
        constraints.forEach((key, constraint) -> {
            if (constraint != null) {
                result.add(constraint);
                return;
            }
            Entity to = (Entity) key;
            List<Column> columns = new ArrayList<>(composite.get(to));
            columns.sort(Comparator.comparingInt(c -> to.key().indexOf(referencedBy(c, to))));
            result.add(new ForeignKeyConstraint(from, to, columns, to.key()));
        });
        return result;
    }

    /** The constraint of {@code from} to {@code to} that {@code column} belongs to. */
    public static java.util.Optional<ForeignKeyConstraint> containing(Column column, List<ForeignKeyConstraint> constraints) {
        return constraints.stream().filter(c -> c.columns().contains(column)).findFirst();
    }
}
