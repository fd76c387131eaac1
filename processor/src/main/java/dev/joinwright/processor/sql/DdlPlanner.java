package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.ForeignKeyGraph;
import dev.joinwright.processor.model.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a bound schema into its DDL: entity tables in FK-dependency order, then the association
 * tables, with every constraint and index named. FKs inside a cycle of tables are marked to be
 * added once all tables exist; self-references stay inline. Every FK column gets an index unless
 * it already leads the primary key or a unique constraint.
 */
public final class DdlPlanner {
    private final ForeignKeyGraph graph;
    private final ConstraintNames names = new ConstraintNames();

    private final List<ForeignKeyGraph.Edge> allEdges;

    private DdlPlanner(ForeignKeyGraph graph) {
        this.graph = graph;
        List<ForeignKeyGraph.Edge> all = new ArrayList<>(graph.edges());
        all.addAll(graph.externalEdges());
        this.allEdges = List.copyOf(all);
    }

    /** The DDL of a validated, bound schema. */
    public static SchemaDdl plan(BoundSchema schema) {
        ForeignKeyGraph graph = ForeignKeyGraph.of(schema.schema());
        DdlPlanner planner = new DdlPlanner(graph);
        schema.entities().forEach(entity -> planner.names.reserve(entity.table()));
        schema.associations().forEach(table -> planner.names.reserve(table.name()));
        List<DdlTable> tables = new ArrayList<>();
        for (Entity entity : graph.creationOrder()) {
            tables.add(planner.entityTable(entity));
        }
        for (AssociationTable association : schema.associations()) {
            tables.add(planner.associationTable(association));
        }
        if (tables.size() != schema.entities().size() + schema.associations().size()) {
            throw new IllegalStateException("the creation order lost a table: " + tables.stream()
                    .map(DdlTable::name).toList());
        }
        return new SchemaDdl(tables);
    }

    private DdlTable entityTable(Entity entity) {
        String table = entity.table();
        Column id = entity.id().orElseThrow();
        String primaryKeyName = names.allocate("pk", table);
        List<DdlUnique> uniques = new ArrayList<>();
        for (Column column : entity.columns()) {
            if (column.unique() && !column.id()) {
                uniques.add(new DdlUnique(names.allocate("uq", table, column.name()), List.of(column.name())));
            }
        }
        List<DdlForeignKey> foreignKeys = new ArrayList<>();
        List<DdlIndex> indexes = new ArrayList<>();
        List<ForeignKeyGraph.Edge> edges = new ArrayList<>();
        for (ForeignKeyGraph.Edge edge : allEdges()) {
            if (edge.from() == entity) {
                edges.add(edge);
            }
        }
        edges.sort(java.util.Comparator.comparingInt(e -> entity.columns().indexOf(e.column())));
        for (ForeignKeyGraph.Edge edge : edges) {
            foreignKeys.add(foreignKey(edge));
        }
        for (ForeignKeyGraph.Edge edge : edges) {
            Column column = edge.column();
            if (edge.from() == entity && !column.id() && !column.unique()) {
                indexes.add(new DdlIndex(names.allocate("ix", table, column.name()), table, List.of(column.name())));
            }
        }
        List<DdlColumn> columns = new ArrayList<>();
        for (Column column : entity.columns()) {
            columns.add(referencedKey(entity, column).map(key -> DdlColumn.of(column, key)).orElseGet(() -> DdlColumn.of(column)));
        }
        return new DdlTable(table, columns, primaryKeyName,
                List.of(id.name()), uniques, foreignKeys, indexes);
    }

    /** The key an FK column of {@code entity} references, if it references an entity of the schema. */
    private java.util.Optional<Column> referencedKey(Entity entity, Column column) {
        return allEdges().stream()
                .filter(edge -> edge.from() == entity && edge.column() == column)
                .findFirst()
                .flatMap(edge -> edge.to().id());
    }

    private List<ForeignKeyGraph.Edge> allEdges() {
        return allEdges;
    }

    private DdlForeignKey foreignKey(ForeignKeyGraph.Edge edge) {
        Column column = edge.column();
        var ref = column.foreignKey().orElseThrow();
        String referenced = ref.column().isEmpty()
                ? edge.to().id().orElseThrow().name()
                : edge.to().column(ref.column()).map(Column::name).orElse(ref.column());
        return new DdlForeignKey(names.allocate("fk", edge.from().table(), column.name()), edge.from().table(),
                column.name(), edge.to().table(), referenced, ref.onDelete(), ref.onUpdate(),
                !graph.externalEdges().contains(edge) && graph.closesCycle(edge));
    }

    private DdlTable associationTable(AssociationTable association) {
        String table = association.name();
        String first = association.firstColumn();
        String second = association.secondColumn();
        String primaryKeyName = names.allocate("pk", table);
        List<DdlForeignKey> foreignKeys = List.of(
                cascade(table, first, association.first(), association.firstKey()),
                cascade(table, second, association.second(), association.secondKey()));
        DdlIndex index = new DdlIndex(names.allocate("ix", table, second), table, List.of(second));
        return new DdlTable(table,
                List.of(DdlColumn.referencing(first, association.firstKey()),
                        DdlColumn.referencing(second, association.secondKey())),
                primaryKeyName, List.of(first, second), List.of(), foreignKeys, List.of(index));
    }

    private DdlForeignKey cascade(String table, String column, Entity target, Column key) {
        return new DdlForeignKey(names.allocate("fk", table, column), table, column, target.table(), key.name(),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false);
    }
}
