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
            case MANY_TO_ONE -> relation.foreignKey().orElseThrow().notNull()
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
        return ParameterizedTypeName.get(ClassName.get(Map.class), context.boxedKey(), batchedValue(relation));
    }

    private CodeBlock targetMapper() {
        return CodeBlock.of("rs -> $L", DaoContext.readRow(target, "rs", CodeBlock.of("1")));
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
        String arrayType = ColumnAdapter.arrayType(keyColumn);
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
        CodeBlock bindFk = ColumnAdapter.bind(targetKey, "ps", CodeBlock.of("1"), CodeBlock.of("key"));
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
        return method("The {@code $L} row referenced by the {@code $L} row with key {@code id} (one JOIN).\n",
                target.table(), owner.table())
                .returns(optional(targetRecord()))
                .addParameter(context.keyType(), "id")
                .addStatement("return $T.queryOne(db, $L, ps -> $L, $L)", RuntimeApi.JDBC, sql,
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("id")), targetMapper())
                .build();
    }

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
                        ColumnAdapter.bind(targetKey, "ps", CodeBlock.of("i"), CodeBlock.of("key")), targetMapper())
                .addStatement("byKey.put(row.$N(), row)", targetKey.accessorName())
                .endControlFlow()
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents);
        if (fk.notNull()) {
            method.addStatement("result.put(parent.$N(), byKey.get(parent.$N()))", context.id().accessorName(), fk.accessorName());
        } else {
            method.addStatement("$T key = parent.$N()", RecordWriter.columnType(fk), fk.accessorName())
                    .addStatement("result.put(parent.$N(), key == null ? $T.empty() : $T.ofNullable(byKey.get(key)))",
                            context.id().accessorName(), Optional.class, Optional.class);
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
        CodeBlock bind = ColumnAdapter.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("id"));
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

    private MethodSpec batchedByParentKey(Column fk, CodeBlock keyQuery, boolean many) {
        String parents = "parents";
        MethodSpec.Builder method = method("For each parent's key, its {@code $L} $L, in one statement per chunk of keys.\n"
                + "Every parent is a key of the map$L.\n", target.table(), many ? "rows" : "row",
                many ? " (with an empty list if it has none)" : "")
                .returns(batchedResult())
                .addParameter(parents(), parents)
                .addStatement("$T result = new $T<>()", batchedResult(), LinkedHashMap.class)
                .addStatement("$T<$T> keys = new $T<>($N.size())", List.class, context.boxedKey(), ArrayList.class, parents)
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents)
                .addStatement("$T key = parent.$N()", context.keyType(), context.id().accessorName());
        if (many) {
            method.addStatement("result.putIfAbsent(key, new $T<>())", ArrayList.class);
        } else {
            method.addStatement("result.putIfAbsent(key, $T.empty())", Optional.class);
        }
        method.addStatement("keys.add(key)")
                .endControlFlow()
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, keys, (ps, i, key) -> $L, $L))",
                        targetRecord(), RuntimeApi.JDBC, keyQuery,
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("i"), CodeBlock.of("key")), targetMapper());
        if (many) {
            method.addStatement("result.get(row.$N()).add(row)", fk.accessorName());
        } else {
            method.addStatement("result.put(row.$N(), $T.of(row))", fk.accessorName(), Optional.class);
        }
        return method.endControlFlow().addStatement("return result").build();
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
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("id")), targetMapper())
                .build());
        CodeBlock keys = keyQuery(constant, statements.linkedByKeys(), context.id());
        type.addMethod(manyToManyBatched(keys));
    }

    private MethodSpec manyToManyBatched(CodeBlock keyQuery) {
        String parents = "parents";
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), context.boxedKey(), targetRecord());
        return method("For each parent's key, its linked {@code $L} rows, in one JOIN per chunk of keys. Every\n"
                + "parent is a key of the map (with an empty list if it has no links).\n", target.table())
                .returns(batchedResult())
                .addParameter(parents(), parents)
                .addStatement("$T result = new $T<>()", batchedResult(), LinkedHashMap.class)
                .addStatement("$T<$T> keys = new $T<>($N.size())", List.class, context.boxedKey(), ArrayList.class, parents)
                .beginControlFlow("for ($T parent : $N)", context.entityType(), parents)
                .addStatement("$T key = parent.$N()", context.keyType(), context.id().accessorName())
                .addStatement("result.putIfAbsent(key, new $T<>())", ArrayList.class)
                .addStatement("keys.add(key)")
                .endControlFlow()
                .beginControlFlow("for ($T row : $T.queryByKeys(db, $L, keys, (ps, i, key) -> $L,\nrs -> $T.entry($L, $L)))",
                        entry, RuntimeApi.JDBC, keyQuery,
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("i"), CodeBlock.of("key")),
                        Map.class, ColumnAdapter.read(context.id(), "rs", CodeBlock.of("1")),
                        DaoContext.readRow(target, "rs", CodeBlock.of("2")))
                .addStatement("result.get(row.getKey()).add(row.getValue())")
                .endControlFlow()
                .addStatement("return result")
                .build();
    }
}
