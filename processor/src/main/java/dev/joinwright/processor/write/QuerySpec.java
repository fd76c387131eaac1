package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.query.DerivedQuery;
import dev.joinwright.processor.model.query.QueryInterface;
import dev.joinwright.processor.model.query.ResultShape;
import dev.joinwright.processor.model.query.SqlQuery;
import dev.joinwright.processor.parse.query.QueryParser;
import dev.joinwright.processor.sql.dml.QueryStatements;
import dev.joinwright.processor.sql.dml.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The query part of a DAO: it implements each {@code @Queries} interface of its entity, one method
 * per derived query, its SQL one constant per dialect text ({@link QueryStatements}), its values
 * bound through the column adapter in the order of the placeholders.
 */
final class QuerySpec {
    static final ClassName IN_LISTS = ClassName.get("dev.joinwright.internal", "InLists");
    static final ClassName PATTERNS = ClassName.get("dev.joinwright.internal", "Patterns");
    static final ClassName SORTS = ClassName.get("dev.joinwright.internal", "Sorts");
    static final ClassName DATA_ACCESS = ClassName.get("dev.joinwright", "DataAccessException");
    static final ClassName SORT = ClassName.get("dev.joinwright", "Sort");

    private final DaoContext context;
    private final List<QueryInterface> interfaces;
    private String patternsField;

    QuerySpec(DaoContext context, List<QueryInterface> interfaces) {
        this.context = context;
        this.interfaces = interfaces;
    }

    void addTo(TypeSpec.Builder type) {
        if (interfaces.stream().flatMap(q -> q.queries().stream()).anyMatch(q -> q.sort().isPresent())) {
            type.addType(sortBy());
        }
        for (QueryInterface queries : interfaces) {
            type.addSuperinterface(ClassName.get(queries.element()));
            for (DerivedQuery query : queries.queries()) {
                type.addMethod(method(queries.element(), query));
            }
            for (SqlQuery query : queries.sqlQueries()) {
                type.addMethod(sqlMethod(queries.element(), query));
            }
        }
    }

    /** The names of the parameters of a collection's value binder: statement, index, value. */
    private String[] lambda;

    /** {@code String sql = InLists.expand(db.dialect(), TEXT, new InLists.Kind[] {...}, ids.size())}. */
    private static CodeBlock expand(MethodSpec.Builder method, String local, CodeBlock text, List<CodeBlock> kinds,
            List<CodeBlock> sizes) {
        method.addStatement("$T $N = $T.expand(db.dialect(), $L, new $T[] {$L}, $L)", String.class, local, IN_LISTS, text,
                IN_LISTS.nestedClass("Kind"), CodeBlock.join(kinds, ", "), CodeBlock.join(sizes, ", "));
        return CodeBlock.of("$N", local);
    }

    /** {@code InLists.Kind.INTEGRAL}: how a large collection of this type is sent ({@code null}: value by value). */
    private static CodeBlock kind(dev.joinwright.processor.model.ColumnType type) {
        String kind = type == null ? "OTHER" : switch (type) {
            case SHORT, INT, LONG -> "INTEGRAL";
            case STRING -> "STRING";
            default -> "OTHER";
        };
        return CodeBlock.of("$T.$N", IN_LISTS.nestedClass("Kind"), kind);
    }

    /** A {@code @Query} method: its SQL one constant, its parameters bound in placeholder order. */
    private MethodSpec sqlMethod(TypeElement owner, SqlQuery query) {
        ExecutableElement element = query.method();
        UniqueNames locals = new UniqueNames();
        SqlQuery.Result result = query.result();
        MethodSpec.Builder method = MethodSpec.methodBuilder(query.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(result.rows() == SqlQuery.RowKind.ENTITY
                        ? rowsType(result.container(), result.record() ? context.record() : context.entityType())
                        : TypeName.get(element.getReturnType()));
        for (VariableElement parameter : element.getParameters()) {
            locals.reserve(parameter.getSimpleName().toString());
            method.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()), parameter.getSimpleName().toString())
                    .build());
        }
        String ps = locals.claim("ps");
        String n = locals.claim("n");
        String sqlLocal = locals.claim("sql");
        String value = locals.claim("value");
        String rs = locals.claim("rs");
        CodeBlock text = CodeBlock.of("$N", context.sql.addOne(Naming.snakeCase(query.name()).toUpperCase(Locale.ROOT),
                query.jdbcSql()));
        List<CodeBlock> sizes = new java.util.ArrayList<>();
        CodeBlock.Builder body = CodeBlock.builder().add("$N -> {\n$>", ps).add("int $N = 0;\n", n);
        CodeBlock index = CodeBlock.of("++$N", n);
        List<CodeBlock> kinds = new java.util.ArrayList<>();
        String[] names = {locals.claim("statement"), locals.claim("index"), locals.claim("item")};
        for (int placeholder : query.placeholders()) {
            SqlQuery.Value v = query.parameters().get(placeholder);
            if (v.collection()) {
                sizes.add(CodeBlock.of("$N.size()", v.name()));
                kinds.add(kind(v.type()));
                body.add("$N = $T.bind($N, $N, db.dialect(), $N, $L, ($N, $N, $N) -> $L);\n", n, IN_LISTS, ps, n,
                        v.name(), kind(v.type()), names[0], names[1], names[2], context.columns.bind(v.type(),
                                v.javaType(), false, names[0], CodeBlock.of("$N", names[1]), CodeBlock.of("$N", names[2])));
            } else {
                body.add("$L;\n", context.columns.bind(v.type(), v.javaType(), v.primitive(), ps, index,
                        CodeBlock.of("$N", v.name())));
            }
        }
        CodeBlock binder = query.placeholders().isEmpty() ? CodeBlock.of("$N -> { }", ps) : body.add("$<}").build();
        if (!sizes.isEmpty()) {
            for (SqlQuery.Value v : query.parameters()) {
                if (v.collection()) {
                    method.addStatement("$T.requireNonNull($N, $S)", Objects.class, v.name(), v.name());
                }
            }
            text = expand(method, sqlLocal, text, kinds, sizes);
        }
        String name = owner.getSimpleName() + "." + query.name();
        CodeBlock mapper = sqlMapper(result, rs);
        switch (result.container()) {
            case LIST -> method.addStatement("return $T.query(db, $L, $L, $L)", RuntimeApi.JDBC, text, binder, mapper);
            case STREAM -> method.addStatement("return $T.stream(db, $L, $L, $L)", RuntimeApi.JDBC, text, binder, mapper);
            case OPTIONAL -> method.addStatement("return $T.queryOne(db, $L, $L, $L, $S)", RuntimeApi.JDBC, text, binder,
                    mapper, name);
            case SINGLE -> {
                if (result.rowType().getKind().isPrimitive()) {
                    method.addStatement("return $T.queryOne(db, $L, $L, $L, $S).orElseThrow(() -> new $T($S))",
                            RuntimeApi.JDBC, text, binder, mapper, name, DATA_ACCESS, name + " returned no row");
                } else {
                    method.addStatement("return $T.queryOne(db, $L, $L, $L, $S).orElse(null)", RuntimeApi.JDBC, text,
                            binder, mapper, name);
                }
            }
            case UPDATE_INT, UPDATE_LONG -> method.addStatement("return $T.update(db, $L, $L)", RuntimeApi.JDBC, text,
                    binder);
            case UPDATE_VOID -> method.addStatement("$T.update(db, $L, $L)", RuntimeApi.JDBC, text, binder);
        }
        return method.build();
    }

    private static TypeName rowsType(SqlQuery.Container container, TypeName row) {
        Class<?> type = switch (container) {
            case LIST -> List.class;
            case OPTIONAL -> java.util.Optional.class;
            default -> java.util.stream.Stream.class;
        };
        return ParameterizedTypeName.get(ClassName.get(type), row);
    }

    /** Reads a row of a {@code @Query} by column label: the entity's record, a projection, or one scalar. */
    private CodeBlock sqlMapper(SqlQuery.Result result, String rs) {
        return switch (result.rows()) {
            case ENTITY -> context.byLabelMapper();
            case PROJECTION -> {
                List<CodeBlock> args = new java.util.ArrayList<>();
                for (SqlQuery.Value c : result.components()) {
                    args.add(context.columns.readLabel(c.type(), c.javaType(), c.primitive(), rs, c.label()));
                }
                yield CodeBlock.of("$N -> new $T(\n$>$L$<)", rs, TypeName.get(result.rowType()),
                        CodeBlock.join(args, ",\n"));
            }
            case SCALAR -> {
                SqlQuery.Value v = result.components().get(0);
                yield CodeBlock.of("$N -> $L", rs, context.columns.readIndex(v.type(), v.javaType(), v.primitive(), rs,
                        CodeBlock.of("1")));
            }
            case NONE -> CodeBlock.of("null");
        };
    }

    private MethodSpec method(TypeElement owner, DerivedQuery query) {
        ExecutableElement element = query.method();
        UniqueNames locals = new UniqueNames();
        MethodSpec.Builder method = MethodSpec.methodBuilder(query.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType(element.getReturnType(), query.shape()));
        List<? extends VariableElement> parameters = element.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            locals.reserve(parameter.getSimpleName().toString());
            TypeName type = query.plan().equals(java.util.Optional.of(i)) ? FetchPlanSpec.plan(context) // may not exist yet
                    : TypeName.get(parameter.asType());
            method.addParameter(ParameterSpec.builder(type, parameter.getSimpleName().toString()).build());
        }
        String ps = locals.claim("ps");
        String n = locals.claim("n");
        String sqlLocal = locals.claim("sql");
        String value = locals.claim("value");
        QueryStatements statements = new QueryStatements(context.entity, query);
        Sql sql = switch (query.subject()) {
            case COUNT -> statements.count();
            case EXISTS -> statements.exists();
            case DELETE -> statements.delete();
            default -> statements.select();
        };
        String constant = Naming.snakeCase(query.name()).toUpperCase(Locale.ROOT);
        String after = locals.claim("after");
        List<QueryStatements.Bind> binds = statements.binds();
        CodeBlock text;
        if (query.sort().isPresent()) {
            CodeBlock head = context.sql.add(constant, statements.selectUnordered());
            CodeBlock key = context.sql.add(constant + "_KEY", statements.orderKey());
            String tail = statements.limitTail().in(dev.joinwright.processor.sql.SqlDialect.H2);
            text = CodeBlock.of("$L + $T.orderBy($N, db.dialect(), $L)$L", head, SORTS,
                    parameters.get(query.sort().get()).getSimpleName().toString(), key,
                    tail.isEmpty() ? CodeBlock.of("") : CodeBlock.of(" + $L", context.sql.add(constant + "_LIMIT",
                            statements.limitTail())));
        } else if (query.keyset().isPresent()) {
            CodeBlock first = context.sql.add(constant, sql);
            CodeBlock next = context.sql.add(constant + "_AFTER", statements.selectAfter());
            method.addStatement("var $N = $N.after()", after, parameters.get(query.keyset().get()).getSimpleName());
            text = CodeBlock.of("($N == null ? $L : $L)", after, first, next);
            binds = statements.afterBinds();
        } else {
            text = context.sql.add(constant, sql);
        }
        List<CodeBlock> sizes = new java.util.ArrayList<>();
        List<CodeBlock> kinds = new java.util.ArrayList<>();
        for (QueryStatements.Bind bind : binds) {
            if (bind.kind() == QueryStatements.BindKind.COLLECTION) {
                String name = parameters.get(bind.parameter()).getSimpleName().toString();
                method.addStatement("$T.requireNonNull($N, $S)", Objects.class, name, name);
                sizes.add(CodeBlock.of("$N.size()", name));
                kinds.add(kind(bind.ignoreCase() ? null : bind.column().type()));
            }
        }
        if (!sizes.isEmpty()) {
            text = expand(method, sqlLocal, text, kinds, sizes);
        }
        this.lambda = new String[] {locals.claim("statement"), locals.claim("index"), locals.claim("item")};
        CodeBlock binder = binder(binds, parameters, ps, n, value, after);
        String table = context.entity.table();
        String name = owner.getSimpleName() + "." + query.name();
        switch (query.subject()) {
            case COUNT -> {
                if (query.shape() == ResultShape.INT) {
                    method.addStatement("return $T.toIntExact($T.queryLong(db, $L, $L))", Math.class, RuntimeApi.JDBC,
                            text, binder);
                } else {
                    method.addStatement("return $T.queryLong(db, $L, $L)", RuntimeApi.JDBC, text, binder);
                }
            }
            case EXISTS -> method.addStatement("return $T.queryLong(db, $L, $L) != 0", RuntimeApi.JDBC, text, binder);
            case DELETE -> method.addStatement(query.shape() == ResultShape.VOID ? "$T.update(db, $L, $S, $L)"
                    : "return $T.update(db, $L, $S, $L)", RuntimeApi.JDBC, text, table, binder);
            default -> {
                CodeBlock mapper = mapper(element.getReturnType());
                if (query.plan().isPresent()) {
                    planned(method, query, parameters.get(query.plan().get()).getSimpleName().toString(), text, binder,
                            name, locals.claim("row"));
                } else if (query.shape() == ResultShape.STREAM) {
                    method.addStatement("return $T.stream(db, $L, $L, $L)", RuntimeApi.JDBC, text, binder, mapper);
                } else if (query.shape() == ResultShape.OPTIONAL) {
                    method.addStatement("return $T.queryOne(db, $L, $L, $L, $S)", RuntimeApi.JDBC, text, binder, mapper,
                            name);
                } else {
                    method.addStatement("return $T.query(db, $L, $L, $L)", RuntimeApi.JDBC, text, binder, mapper);
                }
            }
        }
        return method.build();
    }

    /**
     * A find with a trailing plan: its rows, as records, through {@code load(rows, plan)} (SPEC
     * section 9), one batched statement per relationship of each level of the plan, all of them on
     * one connection with the query's ({@code db.onOneConnection}).
     */
    private void planned(MethodSpec.Builder method, DerivedQuery query, String plan, CodeBlock text, CodeBlock binder,
            String name, String row) {
        method.addStatement("$T.requireNonNull($N, $S)", Objects.class, plan, plan);
        CodeBlock rows;
        if (query.shape() == ResultShape.OPTIONAL) {
            rows = CodeBlock.of("$T.queryOne(db, $L, $L, rowMapper, $S).map($N -> load($T.of($N), $N).get(0))",
                    RuntimeApi.JDBC, text, binder, name, row, List.class, row, plan);
        } else if (isEntity(((DeclaredType) query.method().getReturnType()).getTypeArguments().get(0))) {
            rows = CodeBlock.of("new $T<>(load($T.query(db, $L, $L, rowMapper), $N))", java.util.ArrayList.class,
                    RuntimeApi.JDBC, text, binder, plan);
        } else {
            rows = CodeBlock.of("load($T.query(db, $L, $L, rowMapper), $N)", RuntimeApi.JDBC, text, binder, plan);
        }
        method.addCode(FetchSpec.onOneConnection(rows));
    }

    /**
     * {@code public static final class SortBy}: a {@code Sort.Column} constant per column, with its
     * ORDER BY term in each dialect.
     */
    private TypeSpec sortBy() {
        ClassName entity = context.entityType();
        TypeSpec.Builder holder = TypeSpec.classBuilder("SortBy")
                .addJavadoc("The columns a {@link $T} of $L rows can order by.\n", SORT, entity.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        UniqueNames names = new UniqueNames();
        for (dev.joinwright.processor.model.Column column : context.entity.columns()) {
            if (column.type() == dev.joinwright.processor.model.ColumnType.BYTES) {
                continue;
            }
            String property = Naming.propertyName(column.accessorName());
            holder.addField(com.palantir.javapoet.FieldSpec.builder(ParameterizedTypeName.get(SORT.nestedClass("Column"),
                            entity), names.claim(Naming.snakeCase(property).toUpperCase(Locale.ROOT)),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("{@code $L}.\n", column.name())
                    .initializer("$T.Column.of($S, $L, $L)", SORT, property, terms(column, false), terms(column, true))
                    .build());
        }
        return holder.build();
    }

    /** {@code new String[] {"x.gpa", ...}}: a column's term in each dialect, in the runtime's order. */
    private static CodeBlock terms(dev.joinwright.processor.model.Column column, boolean descending) {
        Sql term = QueryStatements.sortTerm(column, descending);
        List<CodeBlock> texts = new java.util.ArrayList<>();
        for (dev.joinwright.processor.sql.SqlDialect dialect : dev.joinwright.processor.sql.SqlDialect.values()) {
            texts.add(CodeBlock.of("$S", term.in(dialect)));
        }
        return CodeBlock.of("new String[] {$L}", CodeBlock.join(texts, ", "));
    }

    /** {@code ps -> { int n = 0; codecs.string().set(ps, ++n, lastName); ... }}. */
    private CodeBlock binder(List<QueryStatements.Bind> binds, List<? extends VariableElement> parameters, String ps,
            String n, String value, String after) {
        if (binds.isEmpty()) {
            return CodeBlock.of("$N -> { }", ps);
        }
        CodeBlock.Builder body = CodeBlock.builder().add("$N -> {\n$>", ps).add("int $N = 0;\n", n);
        CodeBlock index = CodeBlock.of("++$N", n);
        boolean seeking = false;
        for (QueryStatements.Bind bind : binds) {
            if (bind.kind() == QueryStatements.BindKind.KEYSET && !seeking) {
                body.add("if ($N != null) {\n$>", after);
                seeking = true;
            } else if (bind.kind() != QueryStatements.BindKind.KEYSET && seeking) {
                body.add("$<}\n");
                seeking = false;
            }
            String parameter = bind.parameter() < 0 ? null : parameters.get(bind.parameter()).getSimpleName().toString();
            switch (bind.kind()) {
                case VALUE -> body.add("$L;\n", context.columns.bind(bind.column(), ps, index,
                        bind.ignoreCase() ? CodeBlock.of("$T.lower($N)", PATTERNS, parameter) : CodeBlock.of("$N", parameter)));
                case TRUE, FALSE -> body.add("$L;\n", context.columns.bind(bind.column(), ps, index,
                        CodeBlock.of("$L", bind.kind() == QueryStatements.BindKind.TRUE)));
                case COLLECTION -> body.add("$N = $T.bind($N, $N, db.dialect(), $N, $L, ($N, $N, $N) -> $L);\n", n,
                        IN_LISTS, ps, n, parameter, kind(bind.ignoreCase() ? null : bind.column().type()), lambda[0],
                        lambda[1], lambda[2], context.columns.bind(bind.column(), lambda[0], CodeBlock.of("$N", lambda[1]),
                                bind.ignoreCase() ? CodeBlock.of("$T.lower($N)", PATTERNS, lambda[2])
                                        : CodeBlock.of("$N", lambda[2])));
                case PATTERN -> body.add("$L;\n", context.columns.bind(bind.column(), ps, index,
                        CodeBlock.of("$L.$N($N)", patterns(bind.ignoreCase()), patternMethod(bind), parameter)));
                case PAGE_LIMIT -> body.add("$N.setInt($L, $N.limit());\n", ps, index, parameter);
                case PAGE_OFFSET -> body.add("$N.setLong($L, $N.offset());\n", ps, index, parameter);
                case KEYSET -> body.add("$L;\n", context.columns.bind(bind.column(), ps, index,
                        CodeBlock.of("$N.$N()", after, bind.column().accessorName())));
                case KEYSET_LIMIT -> body.add("$N.setInt($L, $N.limit());\n", ps, index, parameter);
            }
        }
        return body.add("$<}").build();
    }

    private static String patternMethod(QueryStatements.Bind bind) {
        return switch (bind.operator()) {
            case STARTING_WITH -> "startingWith";
            case ENDING_WITH -> "endingWith";
            case CONTAINING -> "containing";
            default -> "like";
        };
    }

    /** {@code Patterns.LIKE} when ignoring case, else the DAO's field of its dialect's patterns. */
    private CodeBlock patterns(boolean ignoreCase) {
        if (ignoreCase) {
            return CodeBlock.of("$T.LIKE", PATTERNS);
        }
        if (patternsField == null) {
            patternsField = context.field("patterns");
            context.type.addField(PATTERNS, patternsField, Modifier.PRIVATE, Modifier.FINAL);
            context.initializeInConstructor(CodeBlock.of("this.$N = $T.caseSensitive($N)", patternsField, PATTERNS,
                    DaoContext.DIALECT));
        }
        return CodeBlock.of("$N", patternsField);
    }

    /** The DAO's row mapper, adapted ({@code rowMapper::map}) where the rows are typed as the entity. */
    private CodeBlock mapper(TypeMirror returned) {
        TypeMirror element = ((DeclaredType) returned).getTypeArguments().get(0);
        return isEntity(element) ? CodeBlock.of("rowMapper::map") : CodeBlock.of("rowMapper");
    }

    private boolean isEntity(TypeMirror type) {
        return type.getKind() == javax.lang.model.type.TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
                        .contentEquals(context.entity.qualifiedName());
    }

    /** The return type as declared, with the record named as the writer names it (it may not exist yet). */
    private TypeName returnType(TypeMirror returned, ResultShape shape) {
        return switch (shape) {
            case LIST, OPTIONAL, STREAM -> {
                TypeMirror element = ((DeclaredType) returned).getTypeArguments().get(0);
                TypeName row = isEntity(element) ? context.entityType() : context.record();
                Class<?> container = switch (shape) {
                    case LIST -> List.class;
                    case OPTIONAL -> java.util.Optional.class;
                    default -> java.util.stream.Stream.class;
                };
                yield ParameterizedTypeName.get(ClassName.get(container), row);
            }
            case LONG -> TypeName.LONG;
            case INT -> TypeName.INT;
            case BOOLEAN -> TypeName.BOOLEAN;
            case VOID -> TypeName.VOID;
        };
    }

    static boolean isRow(TypeMirror type, dev.joinwright.processor.model.Entity entity) {
        return QueryParser.isRow(type, entity);
    }
}
