package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.sql.SqlDialect;
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
import javax.lang.model.element.Modifier;

/**
 * The navigation methods of one relationship, named after its accessor: {@code r(X)}, {@code r(key)}
 * and the batched {@code r(Collection<? extends X>)}, which answers every parent in one statement
 * per chunk of keys, with every requested parent present in the map.
 *
 * <p>SQL shapes (SPEC section 5): many-to-one from the owner is a key lookup, from the owner's key
 * a JOIN; one-to-many and one-to-one are a filtered SELECT on the FK column; many-to-many is a
 * JOIN through the association table.
 */
final class NavigationSpec {
    private final DaoContext context;
    private final Relation relation;
    private final Entity target;
    private final String constant;
    private final RelationStatements statements;

    NavigationSpec(DaoContext context, Relation relation) {
        this.context = context;
        this.relation = relation;
        this.statements = new RelationStatements(relation);
        this.target = relation.target();
        this.constant = context.constant(relation);
    }

    void addTo(TypeSpec.Builder type) {
        switch (relation.kind()) {
            case MANY_TO_ONE -> manyToOne(type);
            case ONE_TO_ONE, ONE_TO_MANY -> byForeignKeyOnTarget(type);
            case MANY_TO_MANY -> manyToMany(type);
        }
    }

    /** What the batched method maps each parent key to. */
    static TypeName batchedValue(Relation relation) {
        ClassName record = RecordWriter.recordName(relation.target());
        return switch (relation.kind()) {
            case ONE_TO_MANY, MANY_TO_MANY -> ParameterizedTypeName.get(ClassName.get(List.class), record);
            case ONE_TO_ONE -> ParameterizedTypeName.get(ClassName.get(Optional.class), record);
            case MANY_TO_ONE -> relation.foreignKeyNotNull()
                    ? record
                    : ParameterizedTypeName.get(ClassName.get(Optional.class), record);
        };
    }

    private ClassName targetRecord() {
        return RecordWriter.recordName(target);
    }

    private TypeName list(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    private TypeName optional(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), element);
    }

    private TypeName parents() {
        return ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(context.entityType()));
    }

    private TypeName batchedResult() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), context.keyValue(), batchedValue(relation));
    }

    private CodeBlock targetMapper() {
        return context.rowMapper(target);
    }

    private MethodSpec.Builder method(String javadoc, Object... args) {
        return MethodSpec.methodBuilder(context.names.navigation(relation))
                .addJavadoc(javadoc, args)
                .addModifiers(Modifier.PUBLIC);
    }

    /**
     * A {@code KeyQuery} field for a batched method: {@code IN (...)} lists in chunks, or
     * {@code = ANY(?)} with one array where the database can.
     *
     * @param keyColumn the column whose Java type the keys have
     */
    private CodeBlock keyQuery(String name, KeySql sql, Column keyColumn) {
        CodeBlock inHead = context.sql.add(name + "_IN", sql.inHead());
        CodeBlock inTail = context.sql.add(name + "_IN_END", sql.inTail());
        String arrayType = SqlDialect.arrayElementType(keyColumn.type());
        CodeBlock any = arrayType == null
                ? CodeBlock.of("null")
                : context.sql.addStandard(name + "_ANY", sql.any());
        String field = context.field(relation.name() + "Keys");
        context.type.addField(RuntimeApi.KEY_QUERY, field, Modifier.PRIVATE, Modifier.FINAL);
        context.initializeInConstructor(CodeBlock.of("this.$N = new $T($L, $L, $L, $L)", field, RuntimeApi.KEY_QUERY,
                inHead, inTail, any, arrayType == null ? CodeBlock.of("null") : CodeBlock.of("$S", arrayType)));
        return CodeBlock.of("$N", field);
    }

    // ---- many-to-one: the FK column is on the owner ----

    private void manyToOne(TypeSpec.Builder type) {
        Column fk = relation.foreignKey().orElseThrow();
        Column targetKey = target.id().orElseThrow();
        String p = context.parameter();
        CodeBlock byKey = context.sql.add(constant, statements.manyToOneByKey());
        CodeBlock bindFk = context.columns.bind(targetKey, "ps", CodeBlock.of("1"), CodeBlock.of("key"));
        MethodSpec.Builder single = method("The {@code $L} row that {@code $L} references (a lookup by key).\n",
                target.table(), fk.name())
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("$T key = $N.$N()", RecordWriter.columnType(fk), p, fk.accessorName());
        if (fk.notNull()) {
            single.returns(targetRecord())
                    .addStatement("return $T.queryOne(db, $L, ps -> $L, $L)\n.orElseThrow(() -> new $T($S + key, $S))",
                            RuntimeApi.JDBC, byKey, bindFk, targetMapper(), RuntimeApi.NOT_FOUND,
                            "No " + target.table() + " row has key ", target.table());
        } else {
            single.returns(optional(targetRecord()))
                    .beginControlFlow("if (key == null)")
                    .addStatement("return $T.empty()", Optional.class)
                    .endControlFlow()
                    .addStatement("return $T.queryOne(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, byKey, bindFk, targetMapper());
        }
        type.addMethod(single.build());
        type.addMethod(manyToOneByOwnerKey(fk, targetKey));
        type.addMethod(manyToOneBatched(fk, targetKey));
    }

    private MethodSpec manyToOneByOwnerKey(Column fk, Column targetKey) {
        Entity owner = context.entity;
        CodeBlock sql = context.sql.add(constant + "_BY_" + DaoContext.constantWord(owner).toUpperCase(Locale.ROOT) + "_KEY",
                statements.manyToOneByOwnerKey());
        return method("The {@code $L} row referenced by the {@code $L} row with $L (one JOIN).\n",
                target.table(), owner.table(), context.compositeKey() ? "this key" : "key {@code id}")
                .returns(optional(targetRecord()))
                .addJavadoc(context.keyParameterDocs())
                .addParameters(context.keyParameters())
                .addStatement("return $T.queryOne(db, $L, $L, $L)", RuntimeApi.JDBC, sql,
                        context.keyParameterBinder(), targetMapper())
                .build();
    }

    /**
     * The target rows are indexed by their key as the database compares it ({@code codec.key}), and
     * each parent's FK is looked up the same way, so a MySQL FK value {@code 'US '} finds its
     * {@code 'US'} parent; a NOT NULL FK whose row is not there is a {@code NotFoundException}, as
     * in the single lookup.
     */
    private MethodSpec manyToOneBatched(Column fk, Column targetKey) {
        String parents = "parents";
        CodeBlock keys = keyQuery(constant, statements.manyToOneByKeys(), targetKey);
        TypeName targetKeyType = DaoContext.keyType(target).box();
        MethodSpec.Builder method = method("For each parent's key, the {@code $L} row it references, in one statement per chunk\n"
                + "of keys. Every parent is a key of the map.\n", target.table())
                .returns(batchedResult())
                .addParameter(parents(), parents)
                .addStatement("$T result = new $T<>()", batchedResult(), LinkedHashMap.class)
                .addStatement("$T<$T> keys = new $T<>($N.size())", List.class, targetKeyType, ArrayList.class, parents)
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents);
        if (!fk.notNull()) {
            method.beginControlFlow("if (parent.$N() != null)", fk.accessorName())
                    .addStatement("keys.add(parent.$N())", fk.accessorName())
                    .endControlFlow();
        } else {
            method.addStatement("keys.add(parent.$N())", fk.accessorName());
        }
        method.endControlFlow()
                .addStatement("$T<$T, $T> byKey = new $T<>()", Map.class, targetKeyType, targetRecord(), HashMap.class)
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, keys, (ps, i, key) -> $L, $L))",
                        targetRecord(), RuntimeApi.JDBC, keys,
                        context.columns.bind(targetKey, "ps", CodeBlock.of("i"), CodeBlock.of("key")), targetMapper())
                .addStatement("byKey.put($L, row)", context.columns.key(targetKey, CodeBlock.of("row.$N()", targetKey.accessorName())))
                .endControlFlow()
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents);
        if (fk.notNull()) {
            method.addStatement("$T target = byKey.get($L)", targetRecord(),
                            context.columns.key(targetKey, CodeBlock.of("parent.$N()", fk.accessorName())))
                    .beginControlFlow("if (target == null)")
                    .addStatement("throw new $T($S + parent.$N(), $S)", RuntimeApi.NOT_FOUND,
                            "No " + target.table() + " row has key ", fk.accessorName(), target.table())
                    .endControlFlow()
                    .addStatement("result.put($L, target)", context.keyOf(CodeBlock.of("parent")));
        } else {
            method.addStatement("$T key = parent.$N()", RecordWriter.columnType(fk), fk.accessorName())
                    .addStatement("result.put($L, key == null ? $T.empty() : $T.ofNullable(byKey.get($L)))",
                            context.keyOf(CodeBlock.of("parent")), Optional.class, Optional.class,
                            context.columns.key(targetKey, CodeBlock.of("key")));
        }
        return method.endControlFlow().addStatement("return result").build();
    }

    // ---- one-to-one and one-to-many: the FK column is on the target ----

    private void byForeignKeyOnTarget(TypeSpec.Builder type) {
        Column fk = relation.foreignKey().orElseThrow();
        boolean many = relation.kind() == RelationKind.ONE_TO_MANY;
        CodeBlock byKey = context.sql.add(constant, statements.byForeignKey(many));
        TypeName single = many ? list(targetRecord()) : optional(targetRecord());
        String p = context.parameter();
        type.addMethod(method("The {@code $L} $L whose {@code $L} references {@code $N}.\n",
                target.table(), many ? "rows" : "row", fk.name(), p)
                .returns(single)
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("return $N($N.$N())", context.names.navigation(relation), p, context.id().accessorName())
                .build());
        CodeBlock bind = context.columns.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("id"));
        type.addMethod(method("The {@code $L} $L whose {@code $L} is {@code id} (a filtered SELECT).\n",
                target.table(), many ? "rows" : "row", fk.name())
                .returns(single)
                .addParameter(context.keyType(), "id")
                .addStatement("return $T.$L(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, many ? "query" : "queryOne",
                        byKey, bind, targetMapper())
                .build());
        CodeBlock keys = keyQuery(constant, statements.byForeignKeys(many), context.id());
        type.addMethod(batchedByParentKey(fk, keys, many));
    }

    /**
     * Each parent is a key of the result as given; the rows are matched to the parents through an
     * index by key as the database compares it ({@code codec.key}), so a child whose MySQL FK is
     * {@code 'US '} lands with its {@code 'US'} parent.
     */
    private MethodSpec batchedByParentKey(Column fk, CodeBlock keyQuery, boolean many) {
        String parents = "parents";
        TypeName indexValue = many ? list(targetRecord()) : targetRecord();
        MethodSpec.Builder method = method("For each parent's key, its {@code $L} $L, in one statement per chunk of keys.\n"
                + "Every parent is a key of the map$L.\n", target.table(), many ? "rows" : "row",
                many ? " (with an empty list if it has none)" : "")
                .returns(batchedResult())
                .addParameter(parents(), parents)
                .addStatement("$T result = new $T<>()", batchedResult(), LinkedHashMap.class)
                .addStatement("$T<$T, $T> byKey = new $T<>()", Map.class, context.boxedKey(), indexValue, HashMap.class)
                .addStatement("$T<$T> keys = new $T<>($N.size())", List.class, context.boxedKey(), ArrayList.class, parents)
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents);
        if (many) {
            method.addStatement("$T key = parent.$N()", context.boxedKey(), context.id().accessorName())
                    .addStatement("result.put(key, byKey.computeIfAbsent($L, k -> new $T<>()))",
                            context.columns.key(context.id(), CodeBlock.of("key")), ArrayList.class)
                    .addStatement("keys.add(key)");
        } else {
            method.addStatement("keys.add(parent.$N())", context.id().accessorName());
        }
        method.endControlFlow()
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, keys, (ps, i, key) -> $L, $L))",
                        targetRecord(), RuntimeApi.JDBC, keyQuery,
                        context.columns.bind(context.id(), "ps", CodeBlock.of("i"), CodeBlock.of("key")), targetMapper());
        CodeBlock rowKey = context.columns.key(context.id(), CodeBlock.of("row.$N()", fk.accessorName()));
        if (!many) {
            return method.addStatement("byKey.put($L, row)", rowKey)
                    .endControlFlow()
                    .beginControlFlow("for ($T parent : $N)", context.entityType(), parents)
                    .addStatement("result.put(parent.$N(), $T.ofNullable(byKey.get($L)))", context.id().accessorName(),
                            Optional.class, context.columns.key(context.id(), CodeBlock.of("parent.$N()", context.id().accessorName())))
                    .endControlFlow()
                    .addStatement("return result")
                    .build();
        }
        return method.addStatement("$T children = byKey.get($L)", list(targetRecord()), rowKey)
                .beginControlFlow("if (children == null)")
                .addStatement("throw $T.unmatched($S, $S, row.$N())", RuntimeApi.KEYS, target.table(), fk.name(),
                        fk.accessorName())
                .endControlFlow()
                .addStatement("children.add(row)")
                .endControlFlow()
                .addStatement("return result")
                .build();
    }

    // ---- many-to-many: a JOIN through the association table ----

    private void manyToMany(TypeSpec.Builder type) {
        AssociationTable table = relation.association().orElseThrow();
        CodeBlock byKey = context.sql.add(constant, statements.linked());
        String p = context.parameter();
        type.addMethod(method("The {@code $L} rows linked to {@code $N} through {@code $L}.\n", target.table(), p, table.name())
                .returns(list(targetRecord()))
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("return $N($N.$N())", context.names.navigation(relation), p, context.id().accessorName())
                .build());
        type.addMethod(method("The {@code $L} rows linked to the {@code $L} row with key {@code id} (one JOIN through {@code $L}).\n",
                target.table(), context.entity.table(), table.name())
                .returns(list(targetRecord()))
                .addParameter(context.keyType(), "id")
                .addStatement("return $T.query(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, byKey,
                        context.columns.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("id")), targetMapper())
                .build());
        CodeBlock keys = keyQuery(constant, statements.linkedByKeys(), context.id());
        type.addMethod(manyToManyBatched(keys, table));
    }

    private MethodSpec manyToManyBatched(CodeBlock keyQuery, AssociationTable table) {
        String parents = "parents";
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), context.boxedKey(), targetRecord());
        return method("For each parent's key, its linked {@code $L} rows, in one JOIN per chunk of keys. Every\n"
                + "parent is a key of the map (with an empty list if it has no links).\n", target.table())
                .returns(batchedResult())
                .addParameter(parents(), parents)
                .addStatement("$T result = new $T<>()", batchedResult(), LinkedHashMap.class)
                .addStatement("$T<$T, $T> byKey = new $T<>()", Map.class, context.boxedKey(), list(targetRecord()), HashMap.class)
                .addStatement("$T<$T> keys = new $T<>($N.size())", List.class, context.boxedKey(), ArrayList.class, parents)
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents)
                .addStatement("$T key = parent.$N()", context.boxedKey(), context.id().accessorName())
                .addStatement("result.put(key, byKey.computeIfAbsent($L, k -> new $T<>()))",
                        context.columns.key(context.id(), CodeBlock.of("key")), ArrayList.class)
                .addStatement("keys.add(key)")
                .endControlFlow()
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, keys, (ps, i, key) -> $L,\nrs -> $T.entry($L, $L)))",
                        entry, RuntimeApi.JDBC, keyQuery,
                        context.columns.bind(context.id(), "ps", CodeBlock.of("i"), CodeBlock.of("key")),
                        Map.class, context.columns.read(context.id(), "rs", CodeBlock.of("1")),
                        DaoContext.readRow(target, "rs", CodeBlock.of("2")))
                .addStatement("$T linked = byKey.get($L)", list(targetRecord()),
                        context.columns.key(context.id(), CodeBlock.of("row.getKey()")))
                .beginControlFlow("if (linked == null)")
                .addStatement("throw $T.unmatched($S, $S, row.getKey())", RuntimeApi.KEYS, table.name(), relation.ownerColumn())
                .endControlFlow()
                .addStatement("linked.add(row.getValue())")
                .endControlFlow()
                .addStatement("return result")
                .build();
    }
}
