package dev.joinwright.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Entity} type as written: its columns and its relationships, in declaration order.
 *
 * @param element the annotated type, where errors about the entity are reported
 * @param annotation the {@code @Entity} annotation
 * @param kind the element's kind; anything but an interface is an error
 * @param generic whether the type declares type parameters
 * @param isPublic whether the type is public
 * @param qualifiedName e.g. {@code com.example.blog.User}
 * @param packageName e.g. {@code com.example.blog}
 * @param simpleName e.g. {@code User}
 * @param table the table name ({@code @Entity(table)}, else the simple name in snake_case)
 * @param columns the columns, in declaration order
 * @param relationships the relationships, in declaration order
 * @param malformedAccessors abstract methods that are neither a column nor a relationship
 *     (parameters, {@code void}, type parameters); the validator reports each
 * @param constraints the {@code @Unique} and {@code @Index} annotations of the type, in the order
 *     written
 */
public record Entity(
        TypeElement element,
        AnnotationMirror annotation,
        ElementKind kind,
        boolean generic,
        boolean isPublic,
        String qualifiedName,
        String packageName,
        String simpleName,
        String table,
        List<Column> columns,
        List<RelationshipDecl> relationships,
        List<ExecutableElement> malformedAccessors,
        List<TableConstraint> constraints) {

    public Entity {
        columns = List.copyOf(columns);
        relationships = List.copyOf(relationships);
        malformedAccessors = List.copyOf(malformedAccessors);
        constraints = List.copyOf(constraints);
    }

    /**
     * The simple name the generated record and DAO start with: {@code Item} for a top-level type,
     * {@code Order_Item} for {@code Item} nested in {@code Order}, so that two nested entities of
     * one package never get one record name.
     */
    public String generatedName() {
        StringBuilder name = new StringBuilder(simpleName);
        for (Element e = element.getEnclosingElement(); e instanceof TypeElement outer; e = outer.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return name.toString();
    }

    /** This entity without its relationships: how an earlier module's entity is seen (columns only). */
    public Entity withoutRelationships() {
        return new Entity(element, annotation, kind, generic, isPublic, qualifiedName, packageName, simpleName, table,
                columns, List.of(), malformedAccessors, constraints);
    }

    /** The {@code @Id} column, when there is exactly one. */
    public Optional<Column> id() {
        List<Column> ids = columns.stream().filter(Column::id).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The column with this (case-insensitive) name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The column whose accessor has this name. */
    public Optional<Column> columnByAccessor(String accessorName) {
        return columns.stream().filter(c -> c.accessorName().equals(accessorName)).findFirst();
    }

    /** The relationship whose accessor has this name. */
    public Optional<RelationshipDecl> relationship(String accessorName) {
        return relationships.stream().filter(r -> r.name().equals(accessorName)).findFirst();
    }

    /** The FK columns of this entity that reference {@code targetName}, in declaration order. */
    public List<Column> foreignKeysTo(String targetName) {
        return columns.stream()
                .filter(c -> c.foreignKey().map(fk -> fk.targetName().equals(targetName)).orElse(false))
                .toList();
    }

    /** The {@code @Unique} (or {@code @Index}) constraints, in the order written. */
    public List<TableConstraint> constraints(TableConstraint.Kind kind) {
        return constraints.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Names of all accessors, columns and relationships, for "did you mean" hints. */
    public List<String> accessorNames() {
        return java.util.stream.Stream.concat(
                        columns.stream().map(Column::accessorName),
                        relationships.stream().map(RelationshipDecl::name))
                .toList();
    }
}
