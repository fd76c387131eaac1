package dev.joinwright.processor.parse.query;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.query.SqlQuery;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.parse.TypeParser;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.Message;
import dev.joinwright.processor.validate.Suggestions;
import dev.joinwright.processor.verify.H2Verifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Query} method: the {@code :name} parameters of its SQL (outside string literals
 * and quoted names; {@code ::} is PostgreSQL's cast), the parameters' types, the result's shape,
 * and, unless {@code verify = false}, prepares the statement on the {@link H2Verifier} and checks
 * that its columns fit the result. Mistakes are errors on the annotation's value or the method.
 */
public final class SqlQueryParser {
    private final Types types;
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final Supplier<Optional<H2Verifier>> verifier;

    public SqlQueryParser(Types types, Elements elements, Diagnostics diagnostics,
            Supplier<Optional<H2Verifier>> verifier) {
        this.types = types;
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.verifier = verifier;
    }

    public Optional<SqlQuery> parse(TypeElement owner, ExecutableElement method, AnnotationMirror query, Entity entity) {
        String sql = Annotations.string(elements, query, "value");
        boolean verify = !Boolean.FALSE.equals(Annotations.value(elements, query, "verify").getValue());
        List<? extends VariableElement> parameters = method.getParameters();
        List<String> names = parameters.stream().map(p -> p.getSimpleName().toString()).toList();
        boolean ok = true;
        List<SqlQuery.Value> values = new ArrayList<>();
        for (VariableElement parameter : parameters) {
            Optional<SqlQuery.Value> value = parameterValue(parameter);
            if (value.isEmpty()) {
                error(method, query, Message.QUERY_PARAMETER_TYPE, owner.getSimpleName(), method.getSimpleName(),
                        parameter.getSimpleName(), parameter.asType());
                ok = false;
            } else {
                values.add(value.get());
            }
        }
        StringBuilder jdbc = new StringBuilder();
        StringBuilder verifiable = new StringBuilder();
        List<Integer> placeholders = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                jdbc.append("::");
                verifiable.append("::");
                i++;
                continue;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                int index = names.indexOf(name);
                if (index < 0) {
                    error(method, query, Message.QUERY_UNKNOWN_PARAMETER, owner.getSimpleName(), method.getSimpleName(),
                            name, Suggestions.hint(name, names, "parameters", "the method has no parameters"));
                    ok = false;
                } else {
                    used.add(name);
                    placeholders.add(index);
                    boolean collection = ok && index < values.size() && values.get(index).collection();
                    jdbc.append(collection ? "?*" : "?");
                    verifiable.append("?");
                }
                i = end - 1;
                continue;
            }
            jdbc.append(c);
            verifiable.append(c);
        }
        for (String name : names) {
            if (!used.contains(name)) {
                error(method, query, Message.QUERY_UNUSED_PARAMETER, owner.getSimpleName(), method.getSimpleName(), name);
                ok = false;
            }
        }
        boolean select = isSelect(sql);
        Optional<SqlQuery.Result> result = result(method.getReturnType(), entity, select);
        if (result.isEmpty()) {
            diagnostics.error(method, Message.QUERY_RESULT_TYPE, owner.getSimpleName(), method.getSimpleName(),
                    method.getReturnType(), entity.simpleName());
            return Optional.empty();
        }
        if (!ok) {
            return Optional.empty();
        }
        if (verify && !verified(owner, method, query, verifiable.toString(), result.get(), entity)) {
            return Optional.empty();
        }
        return Optional.of(new SqlQuery(method, query, sql, jdbc.toString(), placeholders, values, result.get()));
    }

    private boolean verified(TypeElement owner, ExecutableElement method, AnnotationMirror query, String sql,
            SqlQuery.Result result, Entity entity) {
        Optional<H2Verifier> h2 = verifier.get();
        if (h2.isEmpty()) {
            return true;
        }
        H2Verifier.Verdict verdict = h2.get().prepare(sql);
        if (verdict.error().isPresent()) {
            error(method, query, Message.QUERY_INVALID, owner.getSimpleName(), method.getSimpleName(), h2.get().mode(),
                    verdict.error().get());
            return false;
        }
        if (result.rows() == SqlQuery.RowKind.NONE) {
            return true;
        }
        List<String> needed = switch (result.rows()) {
            case ENTITY -> entity.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            case PROJECTION -> result.components().stream().map(SqlQuery.Value::label).toList();
            default -> List.of();
        };
        String what = result.rows() == SqlQuery.RowKind.SCALAR ? "the scalar " + result.rowType()
                : result.rows() == SqlQuery.RowKind.ENTITY ? entity.simpleName() : result.rowType().toString();
        if (result.rows() == SqlQuery.RowKind.SCALAR) {
            if (verdict.labels().size() != 1) {
                error(method, query, Message.QUERY_RESULT_COLUMNS, owner.getSimpleName(), method.getSimpleName(),
                        verdict.labels(), what, "exactly one column", "value");
                return false;
            }
            return true;
        }
        List<String> missing = needed.stream().filter(label -> !verdict.labels().contains(label)).toList();
        if (!missing.isEmpty()) {
            error(method, query, Message.QUERY_RESULT_COLUMNS, owner.getSimpleName(), method.getSimpleName(),
                    verdict.labels(), what, "the columns " + missing, missing.get(0));
            return false;
        }
        return true;
    }

    private static boolean isSelect(String sql) {
        String head = sql.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("select") || head.startsWith("with") || head.startsWith("(") || head.startsWith("values");
    }

    private Optional<SqlQuery.Value> parameterValue(VariableElement parameter) {
        TypeMirror type = parameter.asType();
        String name = parameter.getSimpleName().toString();
        ColumnType columnType = TypeParser.columnType(type);
        if (columnType != ColumnType.UNSUPPORTED) {
            return Optional.of(new SqlQuery.Value(name, "", columnType, type, type.getKind().isPrimitive(), false));
        }
        Optional<TypeMirror> element = TypeParser.collectionElement(types, elements, type);
        if (element.isPresent() && TypeParser.columnType(element.get()) != ColumnType.UNSUPPORTED) {
            return Optional.of(new SqlQuery.Value(name, "", TypeParser.columnType(element.get()), element.get(), false,
                    true));
        }
        return Optional.empty();
    }

    private Optional<SqlQuery.Result> result(TypeMirror returned, Entity entity, boolean select) {
        if (!select) {
            return switch (returned.getKind()) {
                case INT -> Optional.of(update(SqlQuery.Container.UPDATE_INT, returned));
                case LONG -> Optional.of(update(SqlQuery.Container.UPDATE_LONG, returned));
                case VOID -> Optional.of(update(SqlQuery.Container.UPDATE_VOID, returned));
                default -> Optional.empty();
            };
        }
        if (returned.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) returned;
            String container = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            SqlQuery.Container kind = switch (container) {
                case "java.util.List" -> SqlQuery.Container.LIST;
                case "java.util.Optional" -> SqlQuery.Container.OPTIONAL;
                case "java.util.stream.Stream" -> SqlQuery.Container.STREAM;
                default -> null;
            };
            if (kind != null && declared.getTypeArguments().size() == 1) {
                return rows(kind, declared.getTypeArguments().get(0), entity);
            }
        }
        return rows(SqlQuery.Container.SINGLE, returned, entity);
    }

    private static SqlQuery.Result update(SqlQuery.Container container, TypeMirror type) {
        return new SqlQuery.Result(container, SqlQuery.RowKind.NONE, type, List.of(), false);
    }

    private Optional<SqlQuery.Result> rows(SqlQuery.Container container, TypeMirror row, Entity entity) {
        if (container != SqlQuery.Container.SINGLE && QueryParser.isRow(row, entity)) {
            boolean record = row.getKind() == TypeKind.ERROR || !((TypeElement) ((DeclaredType) row).asElement())
                    .getQualifiedName().contentEquals(entity.qualifiedName());
            return Optional.of(new SqlQuery.Result(container, SqlQuery.RowKind.ENTITY, row, List.of(), record));
        }
        ColumnType scalar = TypeParser.columnType(row);
        if (scalar != ColumnType.UNSUPPORTED) {
            return Optional.of(new SqlQuery.Result(container, SqlQuery.RowKind.SCALAR, row,
                    List.of(new SqlQuery.Value("value", "", scalar, row, row.getKind().isPrimitive(), false)), false));
        }
        if (container != SqlQuery.Container.SINGLE && row.getKind() == TypeKind.DECLARED
                && ((DeclaredType) row).asElement().getKind() == ElementKind.RECORD) {
            TypeElement record = (TypeElement) ((DeclaredType) row).asElement();
            List<SqlQuery.Value> components = new ArrayList<>();
            for (RecordComponentElement component : record.getRecordComponents()) {
                TypeMirror type = component.asType();
                ColumnType columnType = TypeParser.columnType(type);
                if (columnType == ColumnType.UNSUPPORTED) {
                    return Optional.empty();
                }
                String name = component.getSimpleName().toString();
                components.add(new SqlQuery.Value(name, Naming.snakeCase(name), columnType, type,
                        type.getKind().isPrimitive(), false));
            }
            return Optional.of(new SqlQuery.Result(container, SqlQuery.RowKind.PROJECTION, row, components, false));
        }
        return Optional.empty();
    }

    private void error(ExecutableElement method, AnnotationMirror query, Message message, Object... args) {
        diagnostics.error(method, query, "value", message, args);
    }

    /** The entity's columns (for the record of rows read by label). */
    static List<Column> columns(Entity entity) {
        return entity.columns();
    }
}
