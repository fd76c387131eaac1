package dev.joinwright.processor.parse;

import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.ForeignKeyRef;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.ReferentialAction;
import dev.joinwright.processor.model.RelationshipDecl;
import dev.joinwright.processor.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Turns an {@code @Entity} element into an {@link Entity} as written. It never reports: anything
 * malformed is kept in the model (an {@link ColumnType#UNSUPPORTED} type, a malformed accessor)
 * for the validation rules, which point at the exact element.
 */
public final class EntityParser {
    private static final Map<String, Cardinality> COLLECTIONS = Map.of(
            "java.util.Optional", Cardinality.OPTIONAL,
            "java.util.List", Cardinality.LIST,
            "java.util.Set", Cardinality.SET,
            "java.util.Collection", Cardinality.COLLECTION);

    private final Elements elements;
    private final Accessors accessors;
    private java.util.Set<String> alsoNullable = java.util.Set.of();

    public EntityParser(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.accessors = new Accessors(env.getElementUtils(), env.getTypeUtils());
    }

    public Entity parse(TypeElement type) {
        return parse(type, java.util.Set.of());
    }

    /**
     * Parses an entity, taking these accessors as nullable besides those whose {@code Nullable}
     * javac shows: a previous build's index lists them, because javac before 22 does not read
     * type-use annotations back from class files (JDK-8225377), so JSpecify's {@code @Nullable}
     * on an entity compiled earlier would be invisible.
     */
    public Entity parse(TypeElement type, java.util.Set<String> alsoNullable) {
        this.alsoNullable = alsoNullable;
        AnnotationMirror annotation = Annotations.find(type, Annotations.ENTITY).orElseThrow();
        String table = Annotations.string(elements, annotation, "table");
        String simpleName = type.getSimpleName().toString();
        List<Column> columns = new ArrayList<>();
        List<RelationshipDecl> relationships = new ArrayList<>();
        List<ExecutableElement> malformed = new ArrayList<>();
        for (Accessors.Member member : accessors.of(type)) {
            ExecutableElement method = member.method();
            if (!method.getParameters().isEmpty()
                    || !method.getTypeParameters().isEmpty()
                    || member.returnType().getKind() == TypeKind.VOID) {
                malformed.add(method);
            } else if (Annotations.find(method, Annotations.RELATIONSHIP).isPresent()) {
                relationships.add(relationship(member));
            } else {
                columns.add(column(member));
            }
        }
        return new Entity(
                type,
                annotation,
                type.getKind(),
                !type.getTypeParameters().isEmpty(),
                type.getModifiers().contains(Modifier.PUBLIC),
                type.getQualifiedName().toString(),
                elements.getPackageOf(type).getQualifiedName().toString(),
                simpleName,
                table.isEmpty() ? Naming.snakeCase(simpleName) : table,
                columns,
                relationships,
                malformed,
                constraints(type));
    }

    /** The type's {@code @Unique} and {@code @Index} annotations, uniques first, each in the order written. */
    private List<TableConstraint> constraints(TypeElement type) {
        List<TableConstraint> constraints = new ArrayList<>();
        for (AnnotationMirror mirror : Annotations.findRepeatable(type, Annotations.UNIQUE)) {
            constraints.add(new TableConstraint(TableConstraint.Kind.UNIQUE, mirror,
                    Annotations.strings(elements, mirror, "value")));
        }
        for (AnnotationMirror mirror : Annotations.findRepeatable(type, Annotations.INDEX)) {
            constraints.add(new TableConstraint(TableConstraint.Kind.INDEX, mirror,
                    Annotations.strings(elements, mirror, "value")));
        }
        return constraints;
    }

    /** An enum type's constants, in declaration order; empty for any other type. */
    private static List<String> enumConstants(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED
                || ((DeclaredType) type).asElement().getKind() != javax.lang.model.element.ElementKind.ENUM) {
            return List.of();
        }
        return ((DeclaredType) type).asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    private Column column(Accessors.Member member) {
        ExecutableElement method = member.method();
        String accessorName = method.getSimpleName().toString();
        TypeMirror type = member.returnType();
        Optional<AnnotationMirror> column = Annotations.find(method, Annotations.COLUMN);
        Optional<AnnotationMirror> id = Annotations.find(method, Annotations.ID);
        ColumnType columnType = TypeParser.columnType(type);
        String explicitName = column.map(c -> Annotations.string(elements, c, "name")).orElse("");
        boolean generated = id.map(m -> Annotations.bool(elements, m, "generated")).orElse(false)
                && columnType.isIntegral();
        return new Column(
                method,
                accessorName,
                explicitName.isEmpty() ? Naming.columnName(accessorName) : explicitName,
                column,
                type,
                columnType,
                type.getKind().isPrimitive(),
                Annotations.isNullable(method, type, method.getReturnType()) || alsoNullable.contains(accessorName),
                id.isPresent(),
                id,
                generated,
                column.map(c -> Annotations.bool(elements, c, "unique")).orElse(false),
                column.map(c -> Annotations.integer(elements, c, "length")).orElse(0),
                column.map(c -> Annotations.integer(elements, c, "precision")).orElse(0),
                column.map(c -> Annotations.integer(elements, c, "scale")).orElse(-1),
                Annotations.find(method, Annotations.FOREIGN_KEY).map(this::foreignKey),
                Annotations.nullable(method, type, method.getReturnType()),
                column.map(c -> Annotations.string(elements, c, "defaultValue"))
                        .filter(d -> !d.equals(Annotations.NO_DEFAULT)),
                enumConstants(type));
    }

    private ForeignKeyRef foreignKey(AnnotationMirror mirror) {
        TypeMirror target = Annotations.type(elements, mirror, "value").orElse(null);
        return new ForeignKeyRef(
                mirror,
                target,
                target == null ? "" : TypeParser.qualifiedName(target),
                Annotations.string(elements, mirror, "column"),
                action(mirror, "onDelete"),
                action(mirror, "onUpdate"));
    }

    private ReferentialAction action(AnnotationMirror mirror, String attribute) {
        String name = Annotations.enumConstant(elements, mirror, attribute);
        return name.isEmpty() ? ReferentialAction.NO_ACTION : ReferentialAction.valueOf(name);
    }

    private RelationshipDecl relationship(Accessors.Member member) {
        ExecutableElement method = member.method();
        AnnotationMirror mirror = Annotations.find(method, Annotations.RELATIONSHIP).orElseThrow();
        TypeMirror returnType = member.returnType();
        Cardinality cardinality = Cardinality.ONE;
        TypeMirror target = returnType;
        if (returnType.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) returnType;
            Cardinality wrapper = COLLECTIONS.get(TypeParser.qualifiedName(returnType));
            if (wrapper != null && declared.getTypeArguments().size() == 1) {
                cardinality = wrapper;
                target = declared.getTypeArguments().get(0);
            }
        }
        return new RelationshipDecl(
                method,
                mirror,
                method.getSimpleName().toString(),
                returnType,
                cardinality,
                Annotations.isNullable(method, returnType, method.getReturnType())
                        || alsoNullable.contains(method.getSimpleName().toString()),
                target,
                TypeParser.qualifiedName(target),
                Annotations.string(elements, mirror, "backPopulates"),
                Annotations.string(elements, mirror, "secondary"),
                Annotations.string(elements, mirror, "foreignKey"),
                Annotations.string(elements, mirror, "orderBy"),
                Annotations.string(elements, mirror, "joinColumn"),
                Annotations.string(elements, mirror, "inverseJoinColumn"),
                Annotations.nullable(method, returnType, method.getReturnType()));
    }
}
