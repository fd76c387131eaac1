package dev.joinwright.processor.parse;

import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.ForeignKeyRef;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.ReferentialAction;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import javax.lang.model.util.ElementFilter;
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

    public EntityParser(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
    }

    public Entity parse(TypeElement type) {
        AnnotationMirror annotation = Annotations.find(type, Annotations.ENTITY).orElseThrow();
        String table = Annotations.string(elements, annotation, "table");
        String simpleName = type.getSimpleName().toString();
        List<Column> columns = new ArrayList<>();
        List<RelationshipDecl> relationships = new ArrayList<>();
        List<ExecutableElement> malformed = new ArrayList<>();
        for (ExecutableElement method : accessors(type)) {
            if (!method.getParameters().isEmpty()
                    || !method.getTypeParameters().isEmpty()
                    || method.getReturnType().getKind() == TypeKind.VOID) {
                malformed.add(method);
            } else if (Annotations.find(method, Annotations.RELATIONSHIP).isPresent()) {
                relationships.add(relationship(method));
            } else {
                columns.add(column(method));
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
                malformed);
    }

    /**
     * The abstract methods of the type and its super-interfaces, declared ones first, each name
     * once. Default and static methods are the user's own helpers and are left alone.
     */
    private List<ExecutableElement> accessors(TypeElement type) {
        Map<String, ExecutableElement> byName = new LinkedHashMap<>();
        collect(type, byName);
        return List.copyOf(byName.values());
    }

    private void collect(TypeElement type, Map<String, ExecutableElement> byName) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                byName.putIfAbsent(method.getSimpleName().toString(), method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) parent).asElement(), byName);
            }
        }
    }

    private Column column(ExecutableElement method) {
        String accessorName = method.getSimpleName().toString();
        TypeMirror type = method.getReturnType();
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
                Annotations.isNullable(method, type),
                id.isPresent(),
                id,
                generated,
                column.map(c -> Annotations.bool(elements, c, "unique")).orElse(false),
                column.map(c -> Annotations.integer(elements, c, "length")).orElse(0),
                column.map(c -> Annotations.integer(elements, c, "precision")).orElse(0),
                column.map(c -> Annotations.integer(elements, c, "scale")).orElse(-1),
                Annotations.find(method, Annotations.FOREIGN_KEY).map(this::foreignKey));
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

    private RelationshipDecl relationship(ExecutableElement method) {
        AnnotationMirror mirror = Annotations.find(method, Annotations.RELATIONSHIP).orElseThrow();
        TypeMirror returnType = method.getReturnType();
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
                Annotations.isNullable(method, returnType),
                target,
                TypeParser.qualifiedName(target),
                Annotations.string(elements, mirror, "backPopulates"),
                Annotations.string(elements, mirror, "secondary"),
                Annotations.string(elements, mirror, "foreignKey"),
                Annotations.string(elements, mirror, "orderBy"),
                Annotations.string(elements, mirror, "joinColumn"),
                Annotations.string(elements, mirror, "inverseJoinColumn"));
    }
}
