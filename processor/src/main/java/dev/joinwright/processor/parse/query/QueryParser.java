package dev.joinwright.processor.parse.query;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.query.Condition;
import dev.joinwright.processor.model.query.DerivedQuery;
import dev.joinwright.processor.model.query.Operator;
import dev.joinwright.processor.model.query.Ordering;
import dev.joinwright.processor.model.query.PropertyPath;
import dev.joinwright.processor.model.query.ResultShape;
import dev.joinwright.processor.model.query.Subject;
import dev.joinwright.processor.parse.TypeParser;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.Message;
import dev.joinwright.processor.validate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one method of a {@code @Queries} interface into a {@link DerivedQuery}: the name by
 * {@link MethodName}, each property by {@link PropertyResolver}, then the parameters and the
 * return type against the properties' types. A mistake is an error on the method, and the method
 * reads as empty; the parser carries on with the next.
 */
public final class QueryParser {
    /** The runtime's page request, a trailing parameter of a find. */
    public static final String PAGE = "dev.joinwright.Page";
    /** The runtime's typed dynamic order. */
    public static final String SORT = "dev.joinwright.Sort";
    /** The runtime's keyset page. */
    public static final String KEYSET = "dev.joinwright.Keyset";

    private final Types types;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final PropertyResolver resolver;

    public QueryParser(Types types, Elements elements, Diagnostics diagnostics, BoundSchema schema) {
        this.types = types;
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.resolver = new PropertyResolver(schema);
    }

    /** The derived query of {@code method} on {@code entity}, or empty after reporting why not. */
    public Optional<DerivedQuery> parse(TypeElement owner, ExecutableElement method, Entity entity) {
        String name = method.getSimpleName().toString();
        Optional<MethodName> parsed = MethodName.parse(name);
        if (parsed.isEmpty()) {
            return error(method, Message.QUERY_NAME, owner.getSimpleName(), name, Naming.capitalize(name));
        }
        MethodName grammar = parsed.get();
        if (grammar.subject() == Subject.DELETE && (grammar.limit().isPresent() || !grammar.orderBy().isEmpty())) {
            return error(method, Message.DELETE_WITH_LIMIT, owner.getSimpleName(), name,
                    grammar.limit().isPresent() ? "First/Top" : "OrderBy");
        }
        Optional<ResultShape> shape = shape(owner, method, entity, grammar.subject());
        List<List<Condition>> where = new ArrayList<>();
        List<String> bound = new ArrayList<>();
        boolean ok = shape.isPresent();
        int next = 0;
        List<PendingCheck> checks = new ArrayList<>();
        for (List<MethodName.Predicate> group : grammar.where()) {
            List<Condition> and = new ArrayList<>();
            for (MethodName.Predicate predicate : group) {
                Optional<Condition> condition = condition(owner, method, entity, predicate, next);
                if (condition.isEmpty()) {
                    ok = false;
                    continue;
                }
                Condition c = condition.get();
                for (int i = 0; i < c.operator().parameters(); i++) {
                    bound.add(describe(c, i));
                    checks.add(new PendingCheck(c, next + i));
                }
                next += c.operator().parameters();
                and.add(c);
            }
            where.add(and);
        }
        List<Ordering> orderBy = new ArrayList<>();
        for (MethodName.OrderTerm term : grammar.orderBy()) {
            Optional<PropertyPath> path = path(owner, method, entity, term.property());
            if (path.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<dev.joinwright.processor.model.Relation> toMany = path.get().hops().stream()
                    .filter(PropertyPath::isToMany).findFirst();
            if (toMany.isPresent()) {
                error(method, Message.ORDER_THROUGH_TO_MANY, owner.getSimpleName(), name, path.get().dotted(),
                        toMany.get().name(), entity.simpleName());
                ok = false;
                continue;
            }
            orderBy.add(new Ordering(path.get(), term.descending()));
        }
        if (!ok) {
            return Optional.empty();
        }
        List<? extends VariableElement> parameters = method.getParameters();
        Trailing trailing = trailing(owner, method, entity, grammar, parameters);
        if (trailing == null) {
            return Optional.empty();
        }
        int declared = trailing.first();
        if (declared != next) {
            return error(method, Message.PARAMETER_COUNT, owner.getSimpleName(), name, declared, next,
                    bound.isEmpty() ? "no value" : String.join(", ", bound));
        }
        for (PendingCheck check : checks) {
            ok &= checkParameter(owner, method, check.condition(), parameters.get(check.parameter()));
        }
        if (!ok) {
            return Optional.empty();
        }
        if (trailing.keyset().isPresent() && !keysetOrder(owner, method, entity, orderBy)) {
            return Optional.empty();
        }
        return Optional.of(new DerivedQuery(method, grammar.subject(), grammar.limit(), where, orderBy, shape.get(),
                trailing.page(), trailing.sort(), trailing.keyset(), trailing.plan()));
    }

    /** The trailing {@code Page}, {@code Sort}, {@code Keyset} and {@code Plan} parameters, and where they start. */
    private record Trailing(int first, Optional<Integer> page, Optional<Integer> sort, Optional<Integer> keyset,
            Optional<Integer> plan) {}

    /** The trailing parameters of a find or stream, or {@code null} after reporting a bad combination. */
    private Trailing trailing(TypeElement owner, ExecutableElement method, Entity entity, MethodName grammar,
            List<? extends VariableElement> parameters) {
        Optional<Integer> page = Optional.empty();
        Optional<Integer> sort = Optional.empty();
        Optional<Integer> keyset = Optional.empty();
        int first = parameters.size();
        Optional<Integer> plan = Optional.empty();
        String planned = first == 0 ? null : planDao(parameters.get(first - 1).asType());
        if (planned != null) {
            String own = entity.generatedName() + "Dao";
            if (!planned.equals(own) && !planned.equals(entity.packageName() + "." + own)) {
                error(method, Message.PLAN_PARAMETER, owner.getSimpleName(), method.getSimpleName(),
                        planned.substring(planned.lastIndexOf('.') + 1) + ".Plan",
                        "the plan of another entity's DAO, but the query reads rows of " + entity.simpleName(),
                        "declare it as " + own + ".Plan");
                return null;
            }
            if (grammar.subject() != Subject.FIND) {
                error(method, Message.PLAN_PARAMETER, owner.getSimpleName(), method.getSimpleName(), own + ".Plan",
                        "but only a find…By or get…By query returning List or Optional loads a plan",
                        "declare it as find…By returning List or Optional of " + entity.simpleName()
                                + ", or drop the plan");
                return null;
            }
            first--;
            plan = Optional.of(first);
        }
        boolean rows = grammar.subject() == Subject.FIND || grammar.subject() == Subject.STREAM;
        while (rows && first > 0) {
            TypeMirror type = parameters.get(first - 1).asType();
            if (isType(type, PAGE) && page.isEmpty()) {
                page = Optional.of(first - 1);
            } else if (isType(type, SORT) && sort.isEmpty()) {
                sort = Optional.of(first - 1);
            } else if (isType(type, KEYSET) && keyset.isEmpty()) {
                keyset = Optional.of(first - 1);
            } else {
                break;
            }
            if (!isType(type, PAGE) && !rowArgument(type, entity)) {
                error(method, Message.TRAILING_PARAMETERS, owner.getSimpleName(), method.getSimpleName(),
                        "takes " + typeName(type) + ", which is not of " + entity.simpleName(),
                        "declare it as " + ((DeclaredType) type).asElement().getSimpleName() + "<" + entity.simpleName()
                                + ">");
                return null;
            }
            first--;
        }
        String problem = null;
        String fix = null;
        if (sort.isPresent() && !grammar.orderBy().isEmpty()) {
            problem = "takes a Sort and has an OrderBy in its name";
            fix = "drop one of them: the Sort orders the rows";
        } else if (keyset.isPresent() && (page.isPresent() || sort.isPresent() || grammar.limit().isPresent())) {
            problem = "takes a Keyset together with a Page, a Sort or First/Top";
            fix = "use the Keyset alone: it says where the page starts and how many rows it has";
        } else if (page.isPresent() && grammar.limit().isPresent()) {
            problem = "takes a Page and has First/Top in its name";
            fix = "drop one of them";
        }
        if (problem != null) {
            error(method, Message.TRAILING_PARAMETERS, owner.getSimpleName(), method.getSimpleName(), problem, fix);
            return null;
        }
        return new Trailing(first, page, sort, keyset, plan);
    }

    /**
     * The DAO of a fetch plan type {@code XDao.Plan}, as written ({@code XDao} or qualified), or
     * {@code null} if the type is no plan. Before the DAOs are generated javac sees an error type.
     */
    private static String planDao(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            String written = type.toString();
            return written.endsWith("Dao.Plan") ? written.substring(0, written.length() - ".Plan".length()) : null;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement plan = (TypeElement) ((DeclaredType) type).asElement();
            if (plan.getSimpleName().contentEquals("Plan") && plan.getEnclosingElement() instanceof TypeElement dao
                    && dao.getSimpleName().toString().endsWith("Dao")) {
                return dao.getQualifiedName().toString();
            }
        }
        return null;
    }

    /** Whether a keyset's order is of the entity's own NOT NULL columns, ending with a unique one. */
    private boolean keysetOrder(TypeElement owner, ExecutableElement method, Entity entity, List<Ordering> orderBy) {
        String problem = null;
        if (orderBy.isEmpty()) {
            problem = "its name has no OrderBy";
        } else if (orderBy.stream().anyMatch(o -> !o.path().hops().isEmpty())) {
            problem = "its OrderBy goes through a relationship";
        } else if (orderBy.stream().anyMatch(o -> !o.path().column().notNull())) {
            problem = "its OrderBy names a nullable column";
        } else {
            Column last = orderBy.get(orderBy.size() - 1).path().column();
            if (!last.id() && !last.unique()) {
                problem = "its OrderBy ends with " + last.accessorName() + ", which is not unique";
            }
        }
        if (problem != null) {
            error(method, Message.KEYSET_ORDER, owner.getSimpleName(), method.getSimpleName(), problem,
                    entity.simpleName());
            return false;
        }
        return true;
    }

    private static boolean rowArgument(TypeMirror type, Entity entity) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 && isRow(arguments.get(0), entity);
    }

    private record PendingCheck(Condition condition, int parameter) {}

    private static String describe(Condition condition, int i) {
        String property = condition.path().dotted();
        return switch (condition.operator()) {
            case BETWEEN -> (i == 0 ? "the lower bound of " : "the upper bound of ") + property;
            case IN, NOT_IN -> "a collection of " + property;
            default -> property;
        };
    }

    private Optional<Condition> condition(TypeElement owner, ExecutableElement method, Entity entity,
            MethodName.Predicate predicate, int firstParameter) {
        for (MethodName.Reading reading : predicate.readings()) {
            PropertyResolver.Result result = resolver.resolve(entity, reading.property());
            if (result.path().isPresent()) {
                return typed(owner, method, new Condition(result.path().get(), reading.operator(), predicate.ignoreCase(),
                        indexes(firstParameter, reading.operator().parameters())));
            }
        }
        report(owner, method, entity, predicate.readings().get(0).property());
        return Optional.empty();
    }

    private Optional<PropertyPath> path(TypeElement owner, ExecutableElement method, Entity entity, String text) {
        PropertyResolver.Result result = resolver.resolve(entity, text);
        if (result.path().isEmpty()) {
            report(owner, method, entity, text);
        }
        return result.path();
    }

    private void report(TypeElement owner, ExecutableElement method, Entity entity, String text) {
        PropertyResolver.Result result = resolver.resolve(entity, text);
        PropertyResolver.Failure failure = result.failure().orElseThrow();
        String name = method.getSimpleName().toString();
        String hint = Suggestions.hint(Naming.decapitalize(failure.text()), failure.properties(), "properties of "
                + failure.entity().simpleName(), failure.entity().simpleName() + " has no properties");
        Optional<dev.joinwright.processor.model.Relation> relation = resolver.relationshipAt(entity, text);
        if (relation.isPresent()) {
            error(method, Message.PROPERTY_IS_RELATIONSHIP, owner.getSimpleName(), name, relation.get().name(),
                    Naming.capitalize(relation.get().name())
                            + Naming.capitalize(relation.get().target().id().orElseThrow().accessorName()));
        } else if (failure.segment()) {
            error(method, Message.UNKNOWN_SEGMENT, owner.getSimpleName(), name, failure.text(),
                    failure.entity().simpleName(), hint);
        } else {
            error(method, Message.UNKNOWN_PROPERTY, owner.getSimpleName(), name, failure.entity().simpleName(),
                    Naming.decapitalize(failure.text()), hint);
        }
    }

    /** Checks that the operator applies to the property's type. */
    private Optional<Condition> typed(TypeElement owner, ExecutableElement method, Condition condition) {
        Column column = condition.path().column();
        ColumnType type = column.type();
        String problem = null;
        Operator op = condition.operator();
        if ((op.isPattern() || condition.ignoreCase()) && type != ColumnType.STRING) {
            problem = (op.isPattern() ? op.keyword() : "IgnoreCase") + " compares text";
        } else if ((op == Operator.TRUE || op == Operator.FALSE) && type != ColumnType.BOOLEAN) {
            problem = op.keyword() + " tests a boolean";
        } else if (op.isOrdering() && (type == ColumnType.BOOLEAN || type == ColumnType.BYTES)) {
            problem = op.keyword() + " compares ordered values";
        } else if ((op == Operator.IS_NULL || op == Operator.IS_NOT_NULL) && column.notNull()
                && condition.path().hops().stream().noneMatch(r -> r.decl().allowsAbsent() || PropertyPath.isToMany(r))) {
            problem = null; // allowed, if pointless: it is never (or always) true
        }
        if (problem != null) {
            return error(method, Message.OPERATOR_TYPE, owner.getSimpleName(), method.getSimpleName(), op.keyword()
                            + (condition.ignoreCase() && !op.isPattern() ? " IgnoreCase" : ""),
                    condition.path().dotted(), typeName(column.javaType()), problem + "; use it on a property of another "
                            + "type, or another operator");
        }
        return Optional.of(condition);
    }

    private boolean checkParameter(TypeElement owner, ExecutableElement method, Condition condition,
            VariableElement parameter) {
        Column column = condition.path().column();
        TypeMirror expected = boxed(column.javaType());
        TypeMirror actual = parameter.asType();
        boolean fits;
        String needs;
        if (condition.operator().takesCollection()) {
            Optional<TypeMirror> element = TypeParser.collectionElement(types, elements, actual);
            fits = element.isPresent() && types.isSameType(boxed(element.get()), expected);
            needs = "a Collection<" + typeName(expected) + ">";
        } else {
            fits = types.isSameType(boxed(actual), expected);
            needs = typeName(column.javaType());
            if (fits && actual.getKind().isPrimitive() && column.nullable()) {
                fits = true;
            }
        }
        if (!fits) {
            error(method, Message.PARAMETER_TYPE, owner.getSimpleName(), method.getSimpleName(), parameter.getSimpleName(),
                    typeName(actual), condition.operator().keyword() + " on " + condition.path().dotted(), needs);
        }
        return fits;
    }

    private static boolean isType(TypeMirror type, String name) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
    }

    /** The result shape of the return type, or empty after reporting it. */
    private Optional<ResultShape> shape(TypeElement owner, ExecutableElement method, Entity entity, Subject subject) {
        TypeMirror returned = method.getReturnType();
        Optional<ResultShape> shape = switch (subject) {
            case FIND -> rows(returned, entity).filter(r -> r != ResultShape.STREAM);
            case STREAM -> rows(returned, entity).filter(r -> r == ResultShape.STREAM);
            case COUNT -> returned.getKind() == TypeKind.LONG ? Optional.of(ResultShape.LONG)
                    : returned.getKind() == TypeKind.INT ? Optional.of(ResultShape.INT) : Optional.empty();
            case EXISTS -> returned.getKind() == TypeKind.BOOLEAN ? Optional.of(ResultShape.BOOLEAN) : Optional.empty();
            case DELETE -> switch (returned.getKind()) {
                case LONG -> Optional.of(ResultShape.LONG);
                case INT -> Optional.of(ResultShape.INT);
                case VOID -> Optional.of(ResultShape.VOID);
                default -> Optional.empty();
            };
        };
        if (shape.isEmpty()) {
            String simple = entity.simpleName();
            String expected = switch (subject) {
                case FIND -> "List<" + simple + ">, List<" + simple + "Record>, Optional<" + simple + "> or Optional<"
                        + simple + "Record>";
                case STREAM -> "Stream<" + simple + "> or Stream<" + simple + "Record>";
                case COUNT -> "long or int";
                case EXISTS -> "boolean";
                case DELETE -> "int, long or void";
            };
            error(method, Message.QUERY_RETURN_TYPE, owner.getSimpleName(), method.getSimpleName(), typeName(returned),
                    subject.name().toLowerCase(java.util.Locale.ROOT) + "…By", expected);
        }
        return shape;
    }

    private Optional<ResultShape> rows(TypeMirror returned, Entity entity) {
        if (returned.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) returned;
        String container = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        ResultShape shape = switch (container) {
            case "java.util.List" -> ResultShape.LIST;
            case "java.util.Optional" -> ResultShape.OPTIONAL;
            case "java.util.stream.Stream" -> ResultShape.STREAM;
            default -> null;
        };
        if (shape == null || declared.getTypeArguments().size() != 1 || !isRow(declared.getTypeArguments().get(0), entity)) {
            return Optional.empty();
        }
        return Optional.of(shape);
    }

    /** Whether {@code type} is the entity or its generated record (not generated yet: an error type). */
    public static boolean isRow(TypeMirror type, Entity entity) {
        String record = entity.generatedName() + "Record";
        if (type.getKind() == TypeKind.ERROR) {
            String written = type.toString();
            return written.equals(record) || written.equals(entity.packageName() + "." + record);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        return name.equals(entity.qualifiedName()) || name.equals(entity.packageName() + "." + record);
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType() : type;
    }

    private static String typeName(TypeMirror type) {
        return TypeName.get(type).withoutAnnotations().toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }

    private static List<Integer> indexes(int first, int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(first + i);
        }
        return indexes;
    }

    private <T> Optional<T> error(ExecutableElement method, Message message, Object... args) {
        diagnostics.error(method, message, args);
        return Optional.empty();
    }

    /**
     * The generated DAO method {@code method} is, when its name and parameter types are those of one:
     * empty if none has them.
     */
    public static Optional<MethodSpec> daoMethod(ExecutableElement method, List<MethodSpec> daoMethods) {
        List<TypeName> parameters = method.getParameters().stream()
                .map(p -> TypeName.get(p.asType()).withoutAnnotations())
                .collect(Collectors.toList());
        return daoMethods.stream()
                .filter(m -> m.name().equals(method.getSimpleName().toString()))
                .filter(m -> m.parameters().stream().map(p -> p.type().withoutAnnotations()).toList().equals(parameters))
                .findFirst();
    }
}
