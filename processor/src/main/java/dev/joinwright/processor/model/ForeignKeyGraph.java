package dev.joinwright.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    private final List<Edge> externalEdges;
    /** Each entity's strongly connected component over all FK edges, computed once. */
    private final Map<Entity, Integer> components;
    private final Map<Entity, List<Edge>> outgoing = new IdentityHashMap<>();

    private ForeignKeyGraph(List<Entity> entities, List<Edge> edges, List<Edge> externalEdges) {
        this.entities = entities;
        this.edges = edges;
        this.externalEdges = externalEdges;
        for (Edge edge : edges) {
            outgoing.computeIfAbsent(edge.from(), e -> new ArrayList<>()).add(edge);
        }
        this.components = components(entities, e -> true);
    }

    /**
     * The graph of every FK column of the schema's own entities whose target is one of its
     * entities; FKs to an earlier module's entity are {@link #externalEdges()}, outside the order.
     */
    public static ForeignKeyGraph of(Schema schema) {
        List<Edge> edges = new ArrayList<>();
        List<Edge> external = new ArrayList<>();
        for (Entity from : schema.entities()) {
            for (Column column : from.columns()) {
                column.foreignKey()
                        .flatMap(fk -> schema.entity(fk.targetName()))
                        .ifPresent(to -> (schema.isExternal(to) ? external : edges).add(new Edge(from, column, to)));
            }
        }
        return new ForeignKeyGraph(schema.entities(), edges, external);
    }

    /** FKs to tables of earlier modules: created inline, never part of a cycle or the order. */
    public List<Edge> externalEdges() {
        return externalEdges;
    }

    public List<Edge> edges() {
        return edges;
    }

    /**
     * The order to create tables in: every table after the tables it references, except across a
     * cycle; ties broken by table name, so the order is deterministic.
     */
    public List<Entity> creationOrder() {
        Map<Entity, Set<Entity>> pending = new IdentityHashMap<>();
        for (Entity e : entities) {
            pending.put(e, Collections.newSetFromMap(new IdentityHashMap<>()));
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
        return edge.from() != edge.to() && components.get(edge.from()).equals(components.get(edge.to()));
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
        Map<Entity, Integer> component = components(entities, notNull);
        Map<Integer, Integer> sizes = new java.util.HashMap<>();
        component.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        List<List<Edge>> cycles = new ArrayList<>();
        Set<Entity> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Entity start : entities.stream().sorted(BY_TABLE).toList()) {
            if (reported.contains(start) || sizes.get(component.get(start)) < 2) {
                continue;
            }
            Integer own = component.get(start);
            Optional<List<Edge>> path = pathBack(start, notNull.and(e -> own.equals(component.get(e.to()))));
            path.ifPresent(p -> {
                cycles.add(p);
                p.forEach(edge -> reported.add(edge.from()));
            });
        }
        return cycles;
    }

    /**
     * The strongly connected components over the allowed edges (self-references ignored), by
     * entity identity: two forward/backward reachability passes (Kosaraju), linear in the graph.
     */
    private Map<Entity, Integer> components(List<Entity> nodes, Predicate<Edge> allowed) {
        Map<Entity, List<Entity>> forward = new IdentityHashMap<>();
        Map<Entity, List<Entity>> backward = new IdentityHashMap<>();
        for (Entity e : nodes) {
            forward.put(e, new ArrayList<>());
            backward.put(e, new ArrayList<>());
        }
        for (Edge edge : edges) {
            if (allowed.test(edge) && edge.from() != edge.to()) {
                forward.get(edge.from()).add(edge.to());
                backward.get(edge.to()).add(edge.from());
            }
        }
        List<Entity> finished = new ArrayList<>();
        Set<Entity> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Entity e : nodes) {
            postOrder(e, forward, seen, finished);
        }
        Map<Entity, Integer> component = new IdentityHashMap<>();
        for (int i = finished.size() - 1; i >= 0; i--) {
            Entity root = finished.get(i);
            if (component.containsKey(root)) {
                continue;
            }
            Deque<Entity> todo = new ArrayDeque<>(List.of(root));
            component.put(root, i);
            while (!todo.isEmpty()) {
                for (Entity next : backward.get(todo.pop())) {
                    if (component.putIfAbsent(next, i) == null) {
                        todo.push(next);
                    }
                }
            }
        }
        return component;
    }

    /** Appends the entities reachable from {@code start} in post-order (iteratively: no deep recursion). */
    private static void postOrder(Entity start, Map<Entity, List<Entity>> forward, Set<Entity> seen, List<Entity> finished) {
        if (!seen.add(start)) {
            return;
        }
        Deque<Entity> stack = new ArrayDeque<>(List.of(start));
        Deque<Integer> position = new ArrayDeque<>(List.of(0));
        while (!stack.isEmpty()) {
            Entity top = stack.peek();
            int at = position.pop();
            List<Entity> next = forward.get(top);
            if (at < next.size()) {
                position.push(at + 1);
                Entity child = next.get(at);
                if (seen.add(child)) {
                    stack.push(child);
                    position.push(0);
                }
            } else {
                finished.add(stack.pop());
            }
        }
    }

    /** A shortest path of allowed edges from {@code start} back to itself (breadth first). */
    private Optional<List<Edge>> pathBack(Entity start, Predicate<Edge> allowed) {
        Map<Entity, Edge> via = new IdentityHashMap<>();
        Deque<Entity> queue = new ArrayDeque<>(List.of(start));
        Set<Entity> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!queue.isEmpty()) {
            Entity current = queue.poll();
            for (Edge edge : outgoing.getOrDefault(current, List.of())) {
                if (!allowed.test(edge)) {
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
