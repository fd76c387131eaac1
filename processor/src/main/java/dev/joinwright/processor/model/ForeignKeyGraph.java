package dev.joinwright.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The entities as a graph of FK references: which table must be created before which, which FKs
 * close a cycle (created afterwards with {@code ALTER TABLE}), and which cycles no row could ever
 * be inserted into. Self-references are never part of a cycle: they are created inline.
 */
public final class ForeignKeyGraph {
    /** One FK reference: {@code column} of {@code from} references {@code to}. */
    public record Edge(Entity from, Column column, Entity to) {}

    private static final Comparator<Entity> BY_TABLE =
            Comparator.comparing((Entity e) -> e.table().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(Entity::qualifiedName);

    private final List<Entity> entities;
    private final List<Edge> edges;

    private ForeignKeyGraph(List<Entity> entities, List<Edge> edges) {
        this.entities = entities;
        this.edges = edges;
    }

    /** The graph of every FK column whose target is one of the schema's entities. */
    public static ForeignKeyGraph of(Schema schema) {
        List<Edge> edges = new ArrayList<>();
        for (Entity from : schema.entities()) {
            for (Column column : from.columns()) {
                column.foreignKey()
                        .flatMap(fk -> schema.entity(fk.targetName()))
                        .ifPresent(to -> edges.add(new Edge(from, column, to)));
            }
        }
        return new ForeignKeyGraph(schema.entities(), edges);
    }

    public List<Edge> edges() {
        return edges;
    }

    /**
     * The order to create tables in: every table after the tables it references, except across a
     * cycle; ties broken by table name, so the order is deterministic.
     */
    public List<Entity> creationOrder() {
        Map<Entity, Set<Entity>> pending = new HashMap<>();
        for (Entity e : entities) {
            pending.put(e, new HashSet<>());
        }
        for (Edge edge : edges) {
            if (!closesCycle(edge) && edge.from() != edge.to()) { // a self-reference waits for nothing
                pending.get(edge.from()).add(edge.to());
            }
        }
        List<Entity> order = new ArrayList<>();
        TreeSet<Entity> ready = new TreeSet<>(BY_TABLE);
        pending.forEach((e, deps) -> {
            if (deps.isEmpty()) {
                ready.add(e);
            }
        });
        while (!ready.isEmpty()) {
            Entity next = ready.pollFirst();
            order.add(next);
            pending.forEach((e, deps) -> {
                if (deps.remove(next) && deps.isEmpty()) {
                    ready.add(e);
                }
            });
        }
        return order;
    }

    /**
     * Whether this FK is part of a cycle between two or more tables, so that it must be added with
     * {@code ALTER TABLE} once both tables exist (inline, and deferred, on SQLite). Every FK inside
     * a strongly connected component is treated so, which keeps the rest of the order acyclic.
     */
    public boolean closesCycle(Edge edge) {
        return edge.from() != edge.to() && component(edge.from(), e -> true).contains(edge.to());
    }

    /** The FK edges that close a cycle, in a deterministic order. */
    public List<Edge> cycleEdges() {
        return edges.stream().filter(this::closesCycle).toList();
    }

    /**
     * Cycles of NOT NULL FKs between two or more tables: no row of any of them could ever be
     * inserted. Each is reported as its path, starting and ending at the same entity.
     */
    public List<List<Edge>> notNullCycles() {
        Predicate<Edge> notNull = e -> e.column().notNull() && e.from() != e.to();
        List<List<Edge>> cycles = new ArrayList<>();
        Set<Entity> reported = new HashSet<>();
        for (Entity start : entities.stream().sorted(BY_TABLE).toList()) {
            if (reported.contains(start)) {
                continue;
            }
            Optional<List<Edge>> path = pathBack(start, notNull);
            path.ifPresent(p -> {
                cycles.add(p);
                p.forEach(edge -> reported.add(edge.from()));
            });
        }
        return cycles;
    }

    /** The entities reachable from {@code start} that can also reach it, over allowed edges. */
    private Set<Entity> component(Entity start, Predicate<Edge> allowed) {
        Set<Entity> forward = reach(start, allowed, false);
        Set<Entity> backward = reach(start, allowed, true);
        forward.retainAll(backward);
        return forward;
    }

    private Set<Entity> reach(Entity start, Predicate<Edge> allowed, boolean reverse) {
        Set<Entity> seen = new LinkedHashSet<>();
        Deque<Entity> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Entity current = todo.pop();
            for (Edge edge : edges) {
                if (!allowed.test(edge) || edge.from() == edge.to()) {
                    continue;
                }
                Entity next = reverse ? (edge.to() == current ? edge.from() : null)
                        : (edge.from() == current ? edge.to() : null);
                if (next != null && seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    /** A shortest path of allowed edges from {@code start} back to itself (breadth first). */
    private Optional<List<Edge>> pathBack(Entity start, Predicate<Edge> allowed) {
        Map<Entity, Edge> via = new HashMap<>();
        Deque<Entity> queue = new ArrayDeque<>(List.of(start));
        Set<Entity> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Entity current = queue.poll();
            for (Edge edge : edges) {
                if (edge.from() != current || !allowed.test(edge)) {
                    continue;
                }
                if (edge.to() == start) {
                    List<Edge> path = new ArrayList<>(List.of(edge));
                    for (Entity at = current; at != start; at = via.get(at).from()) {
                        path.add(0, via.get(at));
                    }
                    return Optional.of(path);
                }
                if (seen.add(edge.to())) {
                    via.put(edge.to(), edge);
                    queue.add(edge.to());
                }
            }
        }
        return Optional.empty();
    }
}
