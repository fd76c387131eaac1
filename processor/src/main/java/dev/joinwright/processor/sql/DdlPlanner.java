package dev.joinwright.processor.sql;

import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.ForeignKeyGraph;
import dev.joinwright.processor.model.ReferentialAction;
import dev.joinwright.processor.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a bound schema into its DDL: entity tables in FK-dependency order, then the association
 * tables, with every constraint and index named. FKs inside a cycle of tables are marked to be
 * added once all tables exist; self-references stay inline. Every FK column gets an index unless
 * it already leads the primary key, a unique constraint or a declared index; every enum column a
 * check of its constants.
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
        for (TableConstraint unique : entity.constraints(TableConstraint.Kind.UNIQUE)) {
            List<String> columns = columnNames(entity, unique);
            uniques.add(new DdlUnique(names.allocate("uq", table, String.join("_", columns)), columns));
        }
        List<DdlForeignKey> foreignKeys = new ArrayList<>();
        List<DdlIndex> indexes = new ArrayList<>();
        for (TableConstraint index : entity.constraints(TableConstraint.Kind.INDEX)) {
            List<String> columns = columnNames(entity, index);
            indexes.add(new DdlIndex(names.allocate("ix", table, String.join("_", columns)), table, columns));
        }
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
        java.util.Set<String> leading = leadingColumns(List.of(id.name()), uniques, indexes);
        for (ForeignKeyGraph.Edge edge : edges) {
            Column column = edge.column();
            if (!leading.contains(column.name())) {
                indexes.add(new DdlIndex(names.allocate("ix", table, column.name()), table, List.of(column.name())));
            }
        }
        List<DdlCheck> checks = new ArrayList<>();
        for (Column column : entity.columns()) {
            if (column.type() == ColumnType.ENUM && !column.enumConstants().isEmpty()) {
                checks.add(new DdlCheck(names.allocate("ck", table, column.name()), column.name(), column.enumConstants()));
            }
        }
        List<DdlColumn> columns = new ArrayList<>();
        for (Column column : entity.columns()) {
            columns.add(referencedKey(entity, column).map(key -> DdlColumn.of(column, key)).orElseGet(() -> DdlColumn.of(column)));
        }
        return new DdlTable(table, columns, primaryKeyName,
                List.of(id.name()), uniques, foreignKeys, indexes, checks);
    }

    /** The column names of an {@code @Unique} or {@code @Index}, in its order. */
    private static List<String> columnNames(Entity entity, TableConstraint constraint) {
        return constraint.columns(entity).stream().map(Column::name).toList();
    }

    /**
     * The columns that lead the primary key, a unique constraint or an index: an FK column among
     * them is indexed already (every database can search an index by its first column).
     */
    private static java.util.Set<String> leadingColumns(List<String> primaryKey, List<DdlUnique> uniques,
            List<DdlIndex> indexes) {
        java.util.Set<String> leading = new java.util.HashSet<>();
        leading.add(primaryKey.get(0));
        uniques.forEach(unique -> leading.add(unique.columns().get(0)));
        indexes.forEach(index -> leading.add(index.columns().get(0)));
        return leading;
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
                primaryKeyName, List.of(first, second), List.of(), foreignKeys, List.of(index), List.of());
    }

    private DdlForeignKey cascade(String table, String column, Entity target, Column key) {
        return new DdlForeignKey(names.allocate("fk", table, column), table, column, target.table(), key.name(),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false);
    }
}
