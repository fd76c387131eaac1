package dev.joinwright.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Infers each relationship's kind and binds it to its FK column or association table, the way
 * SQLAlchemy does, once per declaration: each is {@link Binding.Bound} or
 * {@link Binding.Unbound} with the reason and the candidates. Validation rules read those
 * bindings; the writers get a {@link BoundSchema} only when every one is bound.
 */
public final class Binder {
    private final Schema schema;
    private final Map<RelationshipDecl, Binding> bindings = new IdentityHashMap<>();
    private final List<Binding> ordered = new ArrayList<>();

    public Binder(Schema schema) {
        this.schema = schema;
        for (Entity owner : schema.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                Binding binding = bindOne(owner, decl);
                bindings.put(decl, binding);
                ordered.add(binding);
            }
        }
    }

    /** Every declaration's binding, in entity then declaration order. */
    public List<Binding> bindings() {
        return ordered;
    }

    /** The binding of one declaration of the schema. */
    public Binding binding(RelationshipDecl decl) {
        Binding binding = bindings.get(decl);
        if (binding == null) {
            throw new IllegalArgumentException("not a declaration of this schema: " + decl.name());
        }
        return binding;
    }

    /** The schema with every relationship bound; call only when no binding is unbound. */
    public BoundSchema bind() {
        List<Relation> relations = new ArrayList<>();
        for (Binding binding : ordered) {
            relations.add(binding.bound().orElseThrow(() -> new IllegalStateException(
                    "unbound relationship " + binding.owner().simpleName() + "." + binding.decl().name())));
        }
        return new BoundSchema(schema, relations, associationTables());
    }

    /** The related entity, if the relationship's element type is one of the schema's entities. */
    public Optional<Entity> target(RelationshipDecl decl) {
        return schema.entity(decl.targetName());
    }

    private Binding bindOne(Entity owner, RelationshipDecl decl) {
        Optional<Entity> maybeTarget = target(decl);
        if (maybeTarget.isEmpty()) {
            return unbound(owner, decl, maybeTarget, Binding.Reason.TARGET_NOT_ENTITY, List.of());
        }
        Entity target = maybeTarget.get();
        if (owner.key().isEmpty() || target.key().isEmpty()) {
            return unbound(owner, decl, maybeTarget, Binding.Reason.NO_KEY, List.of());
        }
        if (decl.isManyToMany()) {
            if (!decl.cardinality().isCollection()) {
                return unbound(owner, decl, maybeTarget, Binding.Reason.SECONDARY_ON_SINGLE, List.of());
            }
            Optional<Entity> object = associationObject(decl);
            if (object.isPresent()) {
                Optional<Column> ownerFk = associationForeignKey(object.get(), owner);
                Optional<Column> targetFk = associationForeignKey(object.get(), target);
                if (owner == target || ownerFk.isEmpty() || targetFk.isEmpty()) {
                    return unbound(owner, decl, maybeTarget, Binding.Reason.ASSOCIATION_OBJECT_FOREIGN_KEYS, List.of());
                }
            }
            AssociationTable table = associationTable(owner, decl, target);
            String ownerColumn = object.isPresent() ? table.first() == owner ? table.firstColumn() : table.secondColumn()
                    : ownerColumn(owner, decl);
            String targetColumn = object.isPresent() ? table.first() == owner ? table.secondColumn() : table.firstColumn()
                    : targetColumn(decl, target);
            return new Binding.Bound(new Relation(owner, decl, RelationKind.MANY_TO_MANY, target, Optional.empty(),
                    Optional.of(table), ownerColumn, targetColumn, List.of()));
        }
        Optional<Relation> relation = resolve(owner, decl, target);
        if (relation.isPresent()) {
            return new Binding.Bound(relation.get());
        }
        List<Column> candidates = candidates(owner, decl, target);
        Binding.Reason reason = !decl.foreignKey().isEmpty() ? Binding.Reason.FOREIGN_KEY_NOT_CANDIDATE
                : candidates.isEmpty() ? Binding.Reason.NO_FOREIGN_KEY : Binding.Reason.AMBIGUOUS_FOREIGN_KEY;
        return unbound(owner, decl, maybeTarget, reason, candidates);
    }

    private static Binding unbound(Entity owner, RelationshipDecl decl, Optional<Entity> target, Binding.Reason reason,
            List<Column> candidates) {
        return new Binding.Unbound(owner, decl, target, reason, candidates);
    }

    /** Infers a non-many-to-many relationship's kind and binds its FK column. */
    private Optional<Relation> resolve(Entity owner, RelationshipDecl decl, Entity target) {
        if (decl.cardinality().isCollection()) {
            return pick(decl, target, collapse(target.foreignKeysTo(owner.qualifiedName()), target, owner))
                    .map(fk -> relation(owner, decl, RelationKind.ONE_TO_MANY, target, fk));
        }
        List<Column> local = collapse(owner.foreignKeysTo(target.qualifiedName()), owner, target);
        List<Column> inverse = target.foreignKeysTo(owner.qualifiedName()).stream().filter(Column::unique).toList();
        boolean namesInverse = !decl.foreignKey().isEmpty()
                && inverse.stream().anyMatch(c -> c.accessorName().equals(decl.foreignKey()))
                && local.stream().noneMatch(c -> c.accessorName().equals(decl.foreignKey()));
        if (!local.isEmpty() && !namesInverse) {
            return pick(decl, target, local).map(fk -> relation(owner, decl, RelationKind.MANY_TO_ONE, target, fk));
        }
        return pick(decl, target, inverse).map(fk -> relation(owner, decl, RelationKind.ONE_TO_ONE, target, fk));
    }

    /**
     * The FK columns a non-many-to-many relationship could go through, before {@code foreignKey}
     * picks one: the owner's FKs to the target for a single-valued relationship (else the
     * target's unique FKs to the owner), the target's FKs to the owner for a collection.
     */
    private static List<Column> candidates(Entity owner, RelationshipDecl decl, Entity target) {
        if (decl.cardinality().isCollection()) {
            return target.foreignKeysTo(owner.qualifiedName());
        }
        List<Column> local = owner.foreignKeysTo(target.qualifiedName());
        return !local.isEmpty()
                ? local
                : target.foreignKeysTo(owner.qualifiedName()).stream().filter(Column::unique).toList();
    }

    private Optional<Column> pick(RelationshipDecl decl, Entity target, List<Column> candidates) {
        if (!decl.foreignKey().isEmpty()) {
            return candidates.stream().filter(c -> c.accessorName().equals(decl.foreignKey())).findFirst();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        // Two or more: the other side may have picked one already.
        return target.relationship(decl.backPopulates())
                .filter(other -> !other.foreignKey().isEmpty())
                .flatMap(other -> candidates.stream()
                        .filter(c -> c.accessorName().equals(other.foreignKey()))
                        .findFirst());
    }

    private static Relation relation(Entity owner, RelationshipDecl decl, RelationKind kind, Entity target, Column fk) {
        Entity from = kind == RelationKind.MANY_TO_ONE ? owner : target;
        Entity to = kind == RelationKind.MANY_TO_ONE ? target : owner;
        List<Column> columns = to.compositeKey() ? compositeGroup(from, to) : List.of(fk);
        return new Relation(owner, decl, kind, target, Optional.of(columns.get(0)), Optional.empty(), "", "", columns);
    }

    /** The columns of {@code from} that reference the composite-keyed {@code to}, in {@code to}'s key order. */
    private static List<Column> compositeGroup(Entity from, Entity to) {
        List<Column> columns = new ArrayList<>(from.foreignKeysTo(to.qualifiedName()));
        columns.sort(Comparator.comparingInt(c -> to.key().indexOf(to.column(c.foreignKey().orElseThrow().column())
                .orElse(null))));
        return columns;
    }

    /**
     * The candidates with a composite FK collapsed to one, its first column in the referenced key's
     * order: the accessors that reference one composite-keyed entity are one FK.
     */
    private static List<Column> collapse(List<Column> candidates, Entity from, Entity to) {
        return to.compositeKey() && !candidates.isEmpty() ? List.of(compositeGroup(from, to).get(0)) : candidates;
    }

    /** The association column that references the relationship's owner. */
    public static String ownerColumn(Entity owner, RelationshipDecl decl) {
        return decl.joinColumn().isEmpty() ? Naming.associationColumn(owner) : decl.joinColumn();
    }

    /** The association column that references the relationship's target. */
    public static String targetColumn(RelationshipDecl decl, Entity target) {
        return decl.inverseJoinColumn().isEmpty() ? Naming.associationColumn(target) : decl.inverseJoinColumn();
    }

    /**
     * The association table a many-to-many declares. Its columns are ordered by entity name (by
     * column name for a self-reference), so both sides of a pair declare the same table.
     */
    public static AssociationTable generatedTable(Entity owner, RelationshipDecl decl, Entity target) {
        String ownerColumn = ownerColumn(owner, decl);
        String targetColumn = targetColumn(decl, target);
        int order = owner == target
                ? ownerColumn.compareTo(targetColumn)
                : Comparator.comparing(Entity::simpleName).thenComparing(Entity::qualifiedName).compare(owner, target);
        return order <= 0
                ? new AssociationTable(decl.secondary(), owner, ownerColumn, target, targetColumn)
                : new AssociationTable(decl.secondary(), target, targetColumn, owner, ownerColumn);
    }

    /** The entity whose table a many-to-many's {@code secondary} names, if any: an association object. */
    public Optional<Entity> associationObject(RelationshipDecl decl) {
        return schema.entities().stream().filter(e -> e.table().equalsIgnoreCase(decl.secondary())).findFirst();
    }

    /** The one simple FK column of the association object {@code object} to {@code side}, if it has exactly one. */
    public static Optional<Column> associationForeignKey(Entity object, Entity side) {
        if (side.compositeKey()) {
            return Optional.empty();
        }
        List<Column> columns = object.foreignKeysTo(side.qualifiedName());
        return columns.size() == 1 ? Optional.of(columns.get(0)) : Optional.empty();
    }

    /**
     * The table a many-to-many goes through: its association object's, with the object's FK columns,
     * or the generated one {@link #associationTable(Entity, RelationshipDecl, Entity)} describes.
     */
    public AssociationTable associationTable(Entity owner, RelationshipDecl decl, Entity target) {
        Optional<Entity> object = associationObject(decl);
        if (object.isPresent() && owner != target) {
            Optional<Column> ownerFk = associationForeignKey(object.get(), owner);
            Optional<Column> targetFk = associationForeignKey(object.get(), target);
            if (ownerFk.isPresent() && targetFk.isPresent()) {
                AssociationTable generated = generatedTable(owner, decl, target);
                boolean ownerFirst = generated.first() == owner;
                Column first = ownerFirst ? ownerFk.get() : targetFk.get();
                Column second = ownerFirst ? targetFk.get() : ownerFk.get();
                return new AssociationTable(object.get().table(), generated.first(), first.name(), generated.second(),
                        second.name(), object);
            }
        }
        return generatedTable(owner, decl, target);
    }

    /** One table per distinct {@code secondary} name (case-insensitive), first declaration wins. */
    public List<AssociationTable> associationTables() {
        Map<String, AssociationTable> tables = new LinkedHashMap<>();
        for (Entity owner : schema.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (decl.isManyToMany() && decl.cardinality().isCollection()) {
                    target(decl).filter(t -> t.id().isPresent() && owner.id().isPresent())
                            .filter(t -> associationObject(decl).isEmpty()).ifPresent(target ->
                            tables.putIfAbsent(decl.secondary().toLowerCase(Locale.ROOT),
                                    associationTable(owner, decl, target)));
                }
            }
        }
        return tables.values().stream().sorted(Comparator.comparing(AssociationTable::name)).toList();
    }
}
