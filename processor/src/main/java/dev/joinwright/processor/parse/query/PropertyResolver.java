package dev.joinwright.processor.parse.query;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.query.PropertyPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a property of a derived query's name ({@code CoursesDepartmentCode}) to a path through
 * the model, as Spring Data resolves it: the longest accessor name that is a prefix wins, a
 * relationship continues into its target, and when the rest cannot be resolved a shorter accessor
 * is tried. {@code _} separates segments explicitly ({@code Album_Id}): each must resolve on its
 * own, and every segment but the last must end at a relationship.
 */
public final class PropertyResolver {
    /** Why a property did not resolve: the text that named nothing, on which entity, with its properties. */
    public record Failure(String text, Entity entity, List<String> properties, boolean segment) {}

    /** A resolved path, or the failure. */
    public record Result(Optional<PropertyPath> path, Optional<Failure> failure) {
        static Result of(PropertyPath path) {
            return new Result(Optional.of(path), Optional.empty());
        }

        static Result failed(Failure failure) {
            return new Result(Optional.empty(), Optional.of(failure));
        }
    }

    private final BoundSchema schema;

    public PropertyResolver(BoundSchema schema) {
        this.schema = schema;
    }

    public Result resolve(Entity root, String text) {
        String[] segments = text.split("_", -1);
        Entity at = root;
        List<Relation> hops = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            Optional<PropertyPath> step = walk(at, Naming.capitalize(segments[i]), !last);
            if (step.isEmpty()) {
                return Result.failed(new Failure(segments[i], at, properties(at), segments.length > 1));
            }
            PropertyPath path = step.get();
            hops.addAll(path.hops());
            if (last) {
                return Result.of(new PropertyPath(hops, path.column()));
            }
            at = path.hops().isEmpty() ? at : path.hops().get(path.hops().size() - 1).target();
        }
        throw new IllegalStateException("no segments in " + text);
    }

    /**
     * The path {@code text} names from {@code entity}, longest match first with backtracking. With
     * {@code toRelationship} the path must end at a relationship (a {@code _} segment before another):
     * its column is then a placeholder and only its hops count.
     */
    private Optional<PropertyPath> walk(Entity entity, String text, boolean toRelationship) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Relation> relations = schema.relationsOf(entity);
        record Candidate(String name, Column column, Relation relation) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Column column : entity.columns()) {
            candidates.add(new Candidate(Naming.capitalize(Naming.propertyName(column.accessorName())), column, null));
        }
        for (Relation relation : relations) {
            candidates.add(new Candidate(Naming.capitalize(relation.name()), null, relation));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.name().length()).thenComparing(Candidate::name));
        for (Candidate candidate : candidates) {
            if (!text.startsWith(candidate.name())) {
                continue;
            }
            String rest = text.substring(candidate.name().length());
            if (rest.isEmpty()) {
                if (toRelationship && candidate.relation() != null) {
                    return Optional.of(new PropertyPath(List.of(candidate.relation()), candidate.relation().target()
                            .id().orElseThrow()));
                }
                if (!toRelationship && candidate.column() != null) {
                    return Optional.of(new PropertyPath(List.of(), candidate.column()));
                }
                continue;
            }
            if (candidate.relation() != null && Character.isUpperCase(rest.charAt(0))) {
                Optional<PropertyPath> tail = walk(candidate.relation().target(), rest, toRelationship);
                if (tail.isPresent()) {
                    List<Relation> hops = new ArrayList<>();
                    hops.add(candidate.relation());
                    hops.addAll(tail.get().hops());
                    return Optional.of(new PropertyPath(hops, tail.get().column()));
                }
            }
        }
        return Optional.empty();
    }

    /** The relationship {@code text} ends at, when it names a relationship rather than a column. */
    public Optional<Relation> relationshipAt(Entity root, String text) {
        Entity at = root;
        Relation last = null;
        for (String segment : text.split("_", -1)) {
            Optional<PropertyPath> step = walk(at, Naming.capitalize(segment), true);
            if (step.isEmpty()) {
                return Optional.empty();
            }
            last = step.get().hops().get(step.get().hops().size() - 1);
            at = last.target();
        }
        return Optional.ofNullable(last);
    }

    /** The property names of an entity, for "Did you mean …?". */
    public List<String> properties(Entity entity) {
        List<String> names = new ArrayList<>();
        entity.columns().forEach(c -> names.add(Naming.propertyName(c.accessorName())));
        schema.relationsOf(entity).forEach(r -> names.add(r.name()));
        return names;
    }
}
