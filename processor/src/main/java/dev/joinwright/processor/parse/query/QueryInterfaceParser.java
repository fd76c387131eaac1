package dev.joinwright.processor.parse.query;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.query.DerivedQuery;
import dev.joinwright.processor.model.query.QueryInterface;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Queries} interface: the interface itself (public, not generic, naming an entity
 * of the schema), then each abstract method, its own and inherited: one whose name and parameters
 * are a generated DAO method's is that method (if the DAO's return type fits), every other one a
 * derived query.
 */
public final class QueryInterfaceParser {
    private final Types types;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final BoundSchema schema;
    private final QueryParser parser;

    private final SqlQueryParser sqlParser;

    public QueryInterfaceParser(Types types, Elements elements, Diagnostics diagnostics, BoundSchema schema,
            java.util.function.Supplier<Optional<dev.joinwright.processor.verify.H2Verifier>> verifier) {
        this.types = types;
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.schema = schema;
        this.parser = new QueryParser(types, elements, diagnostics, schema);
        this.sqlParser = new SqlQueryParser(types, elements, diagnostics, verifier);
    }

    /** The entity a {@code @Queries} interface names, if its value is a type. */
    public static Optional<TypeElement> target(Elements elements, TypeElement queries) {
        return Annotations.find(queries, Annotations.QUERIES)
                .flatMap(mirror -> Annotations.type(elements, mirror, "value"))
                .filter(type -> type.getKind() == TypeKind.DECLARED)
                .map(type -> (TypeElement) ((DeclaredType) type).asElement());
    }

    /**
     * The interface resolved, or empty after reporting why not.
     *
     * @param daoMethods the methods of each entity's DAO without queries
     */
    public Optional<QueryInterface> parse(TypeElement element, Function<Entity, List<MethodSpec>> daoMethods) {
        if (element.getKind() != ElementKind.INTERFACE || !element.getModifiers().contains(Modifier.PUBLIC)
                || !element.getTypeParameters().isEmpty()) {
            String what = element.getKind() != ElementKind.INTERFACE ? "a " + element.getKind().toString()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    : !element.getModifiers().contains(Modifier.PUBLIC) ? "not public" : "generic";
            diagnostics.error(element, Message.QUERIES_NOT_INTERFACE, element.getSimpleName(), what);
            return Optional.empty();
        }
        Optional<TypeElement> target = target(elements, element);
        Optional<Entity> entity = target.flatMap(t -> schema.schema().entity(t.getQualifiedName().toString()));
        if (entity.isEmpty() || schema.schema().isExternal(entity.get())) {
            String named = target.map(t -> t.getSimpleName().toString()).orElse("?");
            if (entity.isPresent()) {
                diagnostics.error(element, Message.QUERIES_EXTERNAL_ENTITY, element.getSimpleName(), named);
            } else {
                diagnostics.error(element, Message.QUERIES_NOT_ENTITY, element.getSimpleName(), named,
                        String.join(", ", schema.entities().stream().map(Entity::simpleName).toList()));
            }
            return Optional.empty();
        }
        List<MethodSpec> generated = daoMethods.apply(entity.get());
        List<DerivedQuery> queries = new ArrayList<>();
        List<dev.joinwright.processor.model.query.SqlQuery> sqlQueries = new ArrayList<>();
        boolean ok = true;
        for (ExecutableElement method : abstractMethods(element)) {
            Optional<javax.lang.model.element.AnnotationMirror> sqlAnnotation = Annotations.find(method, Annotations.QUERY);
            if (sqlAnnotation.isPresent()) {
                Optional<dev.joinwright.processor.model.query.SqlQuery> sql = sqlParser.parse(element, method,
                        sqlAnnotation.get(), entity.get());
                ok &= sql.isPresent();
                sql.ifPresent(sqlQueries::add);
                continue;
            }
            Optional<MethodSpec> same = QueryParser.daoMethod(method, generated);
            if (same.isPresent()) {
                if (!fits(method.getReturnType(), same.get().returnType(), entity.get())) {
                    diagnostics.error(method, Message.QUERY_SIGNATURE_CLASH, element.getSimpleName(),
                            method.getSimpleName(), entity.get().generatedName() + "Dao", same.get().returnType(),
                            wildcard(same.get().returnType(), entity.get()));
                    ok = false;
                }
                continue;
            }
            Optional<DerivedQuery> query = parser.parse(element, method, entity.get());
            ok &= query.isPresent();
            query.ifPresent(queries::add);
        }
        return ok ? Optional.of(new QueryInterface(element, entity.get(), queries, sqlQueries)) : Optional.empty();
    }

    /** The interface's abstract methods: its own in declaration order, then its superinterfaces'. */
    private List<ExecutableElement> abstractMethods(TypeElement element) {
        Set<ExecutableElement> methods = new LinkedHashSet<>();
        collect(element, methods);
        return new ArrayList<>(methods);
    }

    private void collect(TypeElement type, Set<ExecutableElement> methods) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)
                    && methods.stream().noneMatch(m -> elements.overrides(m, method, type)
                            || m.getSimpleName().equals(method.getSimpleName())
                                    && types.isSameType(types.erasure(m.asType()), types.erasure(method.asType())))) {
                methods.add(method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) parent).asElement(), methods);
            }
        }
    }

    /** Whether a DAO method returning {@code generated} implements one declared to return {@code declared}. */
    private static boolean fits(TypeMirror declared, TypeName generated, Entity entity) {
        if (unqualified(declared.toString()).equals(unqualified(generated.withoutAnnotations().toString()))) {
            return true; // also where the record is not generated yet and javac sees an error type
        }
        TypeName written;
        try {
            written = TypeName.get(declared).withoutAnnotations();
        } catch (RuntimeException e) {
            return false;
        }
        if (written.equals(generated.withoutAnnotations())) {
            return true;
        }
        if (written.equals(ClassName.get(entity.element())) && generated instanceof ClassName) {
            return true; // a covariant return: XRecord for X
        }
        if (written instanceof ParameterizedTypeName w && generated instanceof ParameterizedTypeName g
                && w.rawType().equals(g.rawType()) && w.typeArguments().size() == g.typeArguments().size()) {
            for (int i = 0; i < w.typeArguments().size(); i++) {
                TypeName a = w.typeArguments().get(i);
                TypeName b = g.typeArguments().get(i).withoutAnnotations();
                boolean same = a.withoutAnnotations().equals(b);
                boolean bounded = a instanceof WildcardTypeName wildcard && wildcard.upperBounds().size() == 1
                        && (wildcard.upperBounds().get(0).equals(b)
                                || wildcard.upperBounds().get(0).equals(ClassName.get(entity.element())));
                if (!same && !bounded) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code java.util.Optional<a.b.UserRecord>} → {@code Optional<UserRecord>}. */
    private static String unqualified(String type) {
        return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace(" ", "");
    }

    /** {@code Optional<? extends User>} for {@code Optional<UserRecord>}. */
    private static String wildcard(TypeName generated, Entity entity) {
        if (generated instanceof ParameterizedTypeName p && p.typeArguments().size() == 1) {
            return p.rawType().simpleName() + "<? extends " + entity.simpleName() + ">";
        }
        return entity.simpleName();
    }
}
