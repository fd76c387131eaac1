package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.sql.dml.KeySql;
import dev.joinwright.processor.sql.dml.RelationStatements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The navigation methods of a relationship through a composite FK (SPEC section 10): many-to-one
 * from the row holding {@code (a, b)} to the row keyed by them, and one-to-many from a composite-keyed
 * row to the rows that reference it. Same names and shapes as {@link NavigationSpec}'s; batched
 * forms send the keys as row values, {@code (a, b) IN ((?, ?), ...)}, in chunks under the bind limit,
 * and match rows to keys by every part as the database compares it ({@code codec.key}).
 */
final class CompositeNavigationSpec {
    private final DaoContext context;
    private final Relation relation;
    private final Entity target;
    private final String constant;
    private final RelationStatements statements;
    private final List<Column> foreignKey;

    CompositeNavigationSpec(DaoContext context, Relation relation) {
        this.context = context;
        this.relation = relation;
        this.target = relation.target();
        this.constant = context.constant(relation);
        this.statements = new RelationStatements(relation);
        this.foreignKey = relation.foreignKeyColumns();
    }

    void addTo(TypeSpec.Builder type) {
        if (relation.kind() == RelationKind.MANY_TO_ONE) {
            manyToOne(type);
        } else {
            oneToMany(type);
        }
    }

    private ClassName targetRecord() {
        return RecordWriter.recordName(target);
    }

    private CodeBlock targetMapper() {
        return context.rowMapper(target);
    }

    private MethodSpec.Builder method(String javadoc, Object... args) {
        return MethodSpec.methodBuilder(context.names.navigation(relation)).addJavadoc(javadoc, args)
                .addModifiers(Modifier.PUBLIC);
    }

    private TypeName parents() {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(context.entityType()));
    }

    private String columnNames(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** Binds {@code values} to {@code columns} from parameter {@code first} (an expression) on. */
    private CodeBlock bindAll(List<Column> columns, String first, List<CodeBlock> values) {
        CodeBlock.Builder block = CodeBlock.builder().add("{\n$>");
        for (int i = 0; i < columns.size(); i++) {
            CodeBlock index = first.equals("1") ? CodeBlock.of("$L", i + 1)
                    : i == 0 ? CodeBlock.of("$N", first) : CodeBlock.of("$N + $L", first, i);
            block.add("$L;\n", context.columns.bind(columns.get(i), "ps", index, values.get(i)));
        }
        return block.add("$<}").build();
    }

    /** {@code List.of(codec.key(a), codec.key(b))}: a composite key as the database compares it. */
    private CodeBlock compared(List<Column> columns, List<CodeBlock> values) {
        List<CodeBlock> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parts.add(context.columns.key(columns.get(i), values.get(i)));
        }
        return CodeBlock.of("$T.<$T>of($L)", List.class, Object.class, CodeBlock.join(parts, ", "));
    }

    private static List<CodeBlock> parts(CodeBlock row, List<Column> columns) {
        return columns.stream().map(c -> CodeBlock.of("$L.$N()", row, c.accessorName())).toList();
    }

    /** {@code parent.a() == null || parent.b() == null}, over the nullable parts; {@code null} if none is. */
    private CodeBlock anyNull(CodeBlock row) {
        List<CodeBlock> tests = foreignKey.stream().filter(c -> !c.notNull())
                .map(c -> CodeBlock.of("$L.$N() == null", row, c.accessorName())).toList();
        return tests.isEmpty() ? null : CodeBlock.join(tests, " || ");
    }

    private ClassName targetKeyRecord() {
        return DaoContext.daoName(target).nestedClass(EntityNames.keyRecordName(target));
    }

    // ---- many-to-one: the composite FK is on the owner and references the target's key ----

    private void manyToOne(TypeSpec.Builder type) {
        boolean notNull = relation.foreignKeyNotNull();
        String p = context.parameter();
        CodeBlock byKey = context.sql.add(constant, statements.compositeManyToOneByKey());
        CodeBlock row = CodeBlock.of("$N", p);
        CodeBlock query = CodeBlock.of("$T.queryOne(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, byKey,
                bindAll(target.key(), "1", parts(row, foreignKey)), targetMapper());
        MethodSpec.Builder single = method("The {@code $L} row that ($L) references (a lookup by key).\n",
                target.table(), columnNames(foreignKey))
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p);
        if (notNull) {
            single.returns(targetRecord())
                    .addStatement("return $L\n.orElseThrow(() -> new $T($S + $L, $S))", query, RuntimeApi.NOT_FOUND,
                            "No " + target.table() + " row has key ", targetKeyOf(row), target.table());
        } else {
            single.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), targetRecord()))
                    .beginControlFlow("if ($L)", anyNull(row))
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow()
                    .addStatement("return $L", query);
        }
        type.addMethod(single.build());
        CodeBlock byOwnerKey = context.sql.add(constant + "_BY_" + DaoContext.constantWord(context.entity)
                .toUpperCase(Locale.ROOT) + "_KEY", statements.compositeManyToOneByOwnerKey());
        type.addMethod(method("The {@code $L} row referenced by the {@code $L} row with $L (one JOIN).\n",
                target.table(), context.entity.table(), context.compositeKey() ? "this key" : "key {@code id}")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), targetRecord()))
                .addJavadoc(context.keyParameterDocs())
                .addParameters(context.keyParameters())
                .addStatement("return $T.queryOne(db, $L, $L, $L)", RuntimeApi.JDBC, byOwnerKey,
                        context.keyParameterBinder(), targetMapper())
                .build());
        type.addMethod(manyToOneBatched(notNull));
    }

    private CodeBlock targetKeyOf(CodeBlock row) {
        return CodeBlock.of("new $T($L)", targetKeyRecord(), CodeBlock.join(parts(row, foreignKey), ", "));
    }

    private MethodSpec manyToOneBatched(boolean notNull) {
        KeySql sql = statements.compositeManyToOneByKeys();
        CodeBlock head = context.sql.add(constant + "_IN", sql.inHead());
        CodeBlock tail = context.sql.add(constant + "_IN_END", sql.inTail());
        TypeName value = notNull ? targetRecord() : ParameterizedTypeName.get(ClassName.get(Optional.class), targetRecord());
        TypeName result = ParameterizedTypeName.get(ClassName.get(Map.class), context.keyValue(), value);
        CodeBlock parent = CodeBlock.of("parent");
        List<CodeBlock> keyParts = target.key().stream().map(c -> CodeBlock.of("key.$N()", c.accessorName())).toList();
        MethodSpec.Builder method = method("For each parent's key, the {@code $L} row it references, in one statement per chunk\n"
                + "of keys. Every parent is a key of the map.\n", target.table())
                .returns(result)
                .addParameter(parents(), "parents")
                .addStatement("$T result = new $T<>()", result, LinkedHashMap.class)
                .addStatement("$T<$T> keys = new $T<>(parents.size())", List.class, targetKeyRecord(), ArrayList.class)
                .beginControlFlow("for ($T parent : parents)", context.entityType());
        CodeBlock anyNull = anyNull(parent);
        if (anyNull != null) {
            method.beginControlFlow("if (!($L))", anyNull).addStatement("keys.add($L)", targetKeyOf(parent)).endControlFlow();
        } else {
            method.addStatement("keys.add($L)", targetKeyOf(parent));
        }
        method.endControlFlow()
                .addStatement("$T<$T<$T>, $T> byKey = new $T<>()", Map.class, List.class, Object.class, targetRecord(),
                        HashMap.class)
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, $L, $L, keys, (ps, i, key) -> $L, $L))",
                        targetRecord(), RuntimeApi.JDBC, head, tail, target.key().size(),
                        bindAll(target.key(), "i", keyParts), targetMapper())
                .addStatement("byKey.put($L, row)", compared(target.key(), parts(CodeBlock.of("row"), target.key())))
                .endControlFlow()
                .beginControlFlow("for ($T parent : parents)", context.entityType());
        CodeBlock lookup = CodeBlock.of("byKey.get($L)", compared(target.key(), parts(parent, foreignKey)));
        if (notNull) {
            method.addStatement("$T target = $L", targetRecord(), lookup)
                    .beginControlFlow("if (target == null)")
                    .addStatement("throw new $T($S + $L, $S)", RuntimeApi.NOT_FOUND,
                            "No " + target.table() + " row has key ", targetKeyOf(parent), target.table())
                    .endControlFlow()
                    .addStatement("result.put($L, target)", context.keyOf(parent));
        } else {
            method.addStatement("result.put($L, $L ? $T.empty() : $T.ofNullable($L))", context.keyOf(parent), anyNull,
                    Optional.class, Optional.class, lookup);
        }
        return method.endControlFlow().addStatement("return result").build();
    }

    // ---- one-to-many: the composite FK is on the target and references the owner's key ----

    private void oneToMany(TypeSpec.Builder type) {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), targetRecord());
        String p = context.parameter();
        CodeBlock byKey = context.sql.add(constant, statements.compositeByForeignKey());
        type.addMethod(method("The {@code $L} rows whose ($L) references {@code $N}.\n", target.table(),
                columnNames(foreignKey), p)
                .returns(list)
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("return $N($L)", context.names.navigation(relation),
                        CodeBlock.join(context.keyPartsOf(CodeBlock.of("$N", p)), ", "))
                .build());
        type.addMethod(method("The {@code $L} rows whose ($L) is this key (a filtered SELECT).\n", target.table(),
                columnNames(foreignKey))
                .returns(list)
                .addJavadoc(context.keyParameterDocs())
                .addParameters(context.keyParameters())
                .addStatement("return $T.query(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, byKey,
                        bindAll(foreignKey, "1", context.keyParameterValues()), targetMapper())
                .build());
        KeySql sql = statements.compositeByForeignKeys();
        CodeBlock head = context.sql.add(constant + "_IN", sql.inHead());
        CodeBlock tail = context.sql.add(constant + "_IN_END", sql.inTail());
        TypeName result = ParameterizedTypeName.get(ClassName.get(Map.class), context.keyValue(), list);
        List<CodeBlock> keyParts = context.key().stream().map(c -> CodeBlock.of("key.$N()", c.accessorName())).toList();
        type.addMethod(method("For each parent's key, its {@code $L} rows, in one statement per chunk of keys.\n"
                + "Every parent is a key of the map (with an empty list if it has none).\n", target.table())
                .returns(result)
                .addParameter(parents(), "parents")
                .addStatement("$T result = new $T<>()", result, LinkedHashMap.class)
                .addStatement("$T<$T<$T>, $T> byKey = new $T<>()", Map.class, List.class, Object.class, list, HashMap.class)
                .addStatement("$T<$T> keys = new $T<>(parents.size())", List.class, context.keyValue(), ArrayList.class)
                .beginControlFlow("for ($T parent : parents)", context.entityType())
                .addStatement("$T key = $L", context.keyValue(), context.keyOf(CodeBlock.of("parent")))
                .addStatement("result.put(key, byKey.computeIfAbsent($L, k -> new $T<>()))",
                        compared(context.key(), keyParts), ArrayList.class)
                .addStatement("keys.add(key)")
                .endControlFlow()
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, $L, $L, keys, (ps, i, key) -> $L, $L))",
                        targetRecord(), RuntimeApi.JDBC, head, tail, foreignKey.size(),
                        bindAll(foreignKey, "i", keyParts), targetMapper())
                .addStatement("$T children = byKey.get($L)", list, compared(context.key(), parts(CodeBlock.of("row"), foreignKey)))
                .beginControlFlow("if (children == null)")
                .addStatement("throw $T.unmatched($S, $S, $L)", RuntimeApi.KEYS, target.table(), columnNames(foreignKey),
                        targetKeyOfRow())
                .endControlFlow()
                .addStatement("children.add(row)")
                .endControlFlow()
                .addStatement("return result")
                .build());
    }

    /** The referencing row's FK as the owner's key record, for an error message. */
    private CodeBlock targetKeyOfRow() {
        return CodeBlock.of("new $T($L)", context.keyRecord(), CodeBlock.join(parts(CodeBlock.of("row"), foreignKey), ", "));
    }
}
