package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.sql.dml.RelationStatements;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Relationship writes. Many-to-many: {@code linkR}/{@code unlinkR} (idempotent, batched, atomic)
 * and {@code replaceR} (atomic), from either side, writing the same association rows. One-to-many:
 * {@code linkR}/{@code unlinkR} on the "one" side write the FK column of the children; many-to-one:
 * {@code setR} on the "many" side writes the owner's own FK column.
 */
final class LinkSpec {
    private final DaoContext context;
    private final Relation relation;
    private final Entity target;
    private final String suffix;
    private final String constant;
    private final RelationStatements statements;

    LinkSpec(DaoContext context, Relation relation) {
        this.context = context;
        this.relation = relation;
        this.statements = new RelationStatements(relation);
        this.target = relation.target();
        this.suffix = context.names.writeSuffix(relation);
        this.constant = context.constant(relation);
    }

    void addTo(TypeSpec.Builder type) {
        switch (relation.kind()) {
            case MANY_TO_MANY -> manyToMany(type);
            case ONE_TO_MANY -> {
                if (!target.compositeKey()) {
                    oneToMany(type); // a composite-keyed child is identified by its parent: insert or delete it
                }
            }
            case MANY_TO_ONE -> {
                if (!(context.compositeKey() && relation.foreignKey().orElseThrow().id())) {
                    manyToOne(type); // an FK that is part of the key is written by inserting the row
                }
            }
            case ONE_TO_ONE -> { } // written from the side that holds the FK, as a many-to-one
        }
    }

    private TypeName targets() {
        return ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(ClassName.get(target.element())));
    }

    private MethodSpec varargs(String name, String javadoc) {
        String p = context.parameter();
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + "\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.entityType(), p)
                .addParameter(com.palantir.javapoet.ArrayTypeName.of(ClassName.get(target.element())), "targets")
                .varargs(true)
                .addStatement("$N($N, $T.asList(targets))", name, p, Arrays.class)
                .build();
    }

    private MethodSpec.Builder batchMethod(String name, String javadoc) {
        String p = context.parameter();
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + "\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.entityType(), p)
                .addParameter(targets(), "targets")
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("$T key = $N.$N()", context.keyType(), p, context.id().accessorName());
    }

    // ---- many-to-many ----

    /**
     * Links go through {@code Jdbc.batchIdempotent} (in key order, and retried where the database's
     * idempotent insert races), unlinks through {@code Jdbc.batchInKeyOrder}; {@code replaceR} first
     * locks the owner's row ({@code SELECT ... FOR UPDATE} where the dialect needs it), so that two
     * replaces of one owner run one after the other and the later one's set is what remains.
     */
    private void manyToMany(TypeSpec.Builder type) {
        AssociationTable table = relation.association().orElseThrow();
        if (!table.linkable()) {
            return; // an association object with columns of its own: written as rows of its entity (viewonly here)
        }
        Column targetKey = target.id().orElseThrow();
        CodeBlock link = context.sql.add("LINK_" + constant, statements.link());
        CodeBlock unlink = context.sql.add("UNLINK_" + constant, statements.unlink());
        CodeBlock clear = context.sql.add("CLEAR_" + constant, statements.clear());
        CodeBlock lock = context.lockById();
        CodeBlock keyOrder = context.keyOrder(target);
        CodeBlock binder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                context.columns.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                context.columns.bind(targetKey, "ps", CodeBlock.of("2"), CodeBlock.of("t.$N()", targetKey.accessorName())));
        CodeBlock bindKey = CodeBlock.of("ps -> $L", context.columns.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("key")));
        String p = context.parameter();
        String table_ = table.name();
        type.addMethod(varargs("link" + suffix, "Links {@code targets} to {@code " + p + "} in {@code " + table_
                + "}; links that exist already are left as they are."));
        type.addMethod(batchMethod("link" + suffix, "Links {@code targets} to {@code " + p + "} in {@code " + table_
                + "}, as one atomic batch in key order; idempotent, also when another transaction links the same pair at once.")
                .addStatement("$T.batchIdempotent(db, $L, $S, targets, $L, $L)", RuntimeApi.JDBC, link, table_, keyOrder, binder)
                .build());
        type.addMethod(varargs("unlink" + suffix, "Removes the links between {@code " + p + "} and {@code targets}."));
        type.addMethod(batchMethod("unlink" + suffix, "Removes the links between {@code " + p
                + "} and {@code targets}, as one atomic batch in key order; missing links are ignored.")
                .addStatement("$T.batchInKeyOrder(db, $L, null, targets, $L, $L)", RuntimeApi.JDBC, unlink, keyOrder, binder)
                .build());
        if (table.isEntityTable()) {
            type.addMethod(replaceKeepingRows(table, link, lock, bindKey, keyOrder, binder, targetKey));
            return;
        }
        type.addMethod(batchMethod("replace" + suffix, "Makes {@code targets} exactly the links of {@code " + p
                + "}, atomically: on any failure the link set is unchanged. It holds {@code " + p + "}'s row while it"
                + " writes, so two concurrent replaces end with one of the two sets, never both.")
                .addCode(CodeBlock.builder()
                        .add("db.runInTransaction(() -> {\n$>")
                        .beginControlFlow("if ($L != null)", lock)
                        .addStatement("$T.lockRows(db, $L, $L)", RuntimeApi.JDBC, lock, bindKey)
                        .endControlFlow()
                        .addStatement("$T.update(db, $L, $L)", RuntimeApi.JDBC, clear, bindKey)
                        .addStatement("$T.batchIdempotent(db, $L, $S, targets, $L, $L)", RuntimeApi.JDBC, link, table_,
                                keyOrder, binder)
                        .add("$<});\n")
                        .build())
                .build());
    }

    /**
     * {@code replaceR} through an association object's table: deletes only the links not in
     * {@code targets} (read in key order under the owner's lock) and inserts the missing ones, so a
     * link that stays keeps its row, and the row's other columns.
     */
    private MethodSpec replaceKeepingRows(AssociationTable table, CodeBlock link, CodeBlock lock, CodeBlock bindKey,
            CodeBlock keyOrder, CodeBlock binder, Column targetKey) {
        String p = context.parameter();
        CodeBlock current = context.sql.add("LINKED_KEYS_" + constant, statements.linkedKeys());
        CodeBlock unlink = context.sql.add("UNLINK_KEY_" + constant, statements.unlink());
        com.palantir.javapoet.TypeName keyType = RecordWriter.columnType(targetKey).box();
        return batchMethod("replace" + suffix, "Makes {@code targets} exactly the links of {@code " + p
                + "}, atomically: it deletes the {@code " + table.name() + "} rows of the links not in {@code targets}"
                + " and inserts the missing ones, so a link that stays keeps its row. It holds {@code " + p
                + "}'s row while it writes, so two concurrent replaces end with one of the two sets, never both.")
                .addCode(CodeBlock.builder()
                        .add("db.runInTransaction(() -> {\n$>")
                        .beginControlFlow("if ($L != null)", lock)
                        .addStatement("$T.lockRows(db, $L, $L)", RuntimeApi.JDBC, lock, bindKey)
                        .endControlFlow()
                        .addStatement("$T<$T> kept = new $T<>()", java.util.Set.class, Object.class, java.util.HashSet.class)
                        .addStatement("targets.forEach(t -> kept.add($L))",
                                context.columns.key(targetKey, CodeBlock.of("t.$N()", targetKey.accessorName())))
                        .addStatement("$T<$T> stale = new $T<>()", java.util.List.class, keyType, java.util.ArrayList.class)
                        .beginControlFlow("for ($T linked : $T.query(db, $L, $L, rs -> $L))", keyType, RuntimeApi.JDBC,
                                current, bindKey, context.columns.read(targetKey, "rs", CodeBlock.of("1")))
                        .beginControlFlow("if (!kept.contains($L))", context.columns.key(targetKey, CodeBlock.of("linked")))
                        .addStatement("stale.add(linked)")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("$T.batch(db, $L, stale, (ps, linked) -> {\n$>$L;\n$L;\n$<})", RuntimeApi.JDBC, unlink,
                                context.columns.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                                context.columns.bind(targetKey, "ps", CodeBlock.of("2"), CodeBlock.of("linked")))
                        .addStatement("$T.batchIdempotent(db, $L, $S, targets, $L, $L)", RuntimeApi.JDBC, link, table.name(),
                                keyOrder, binder)
                        .add("$<});\n")
                        .build())
                .build();
    }

    // ---- one-to-many: write the children's FK column ----

    private void oneToMany(TypeSpec.Builder type) {
        Column fk = relation.foreignKey().orElseThrow();
        Column targetKey = target.id().orElseThrow();
        String p = context.parameter();
        CodeBlock link = context.sql.add("LINK_" + constant, statements.linkChild());
        CodeBlock binder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                context.columns.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                context.columns.bind(targetKey, "ps", CodeBlock.of("2"), CodeBlock.of("t.$N()", targetKey.accessorName())));
        type.addMethod(varargs("link" + suffix, "Makes {@code " + p + "} the parent of {@code targets} by writing their {@code "
                + fk.name() + "}."));
        type.addMethod(batchMethod("link" + suffix, "Makes {@code " + p + "} the parent of {@code targets} by writing their {@code "
                + fk.name() + "}, as one atomic batch.")
                .addStatement("$T.batchInKeyOrder(db, $L, $S, targets, $L, $L)", RuntimeApi.JDBC, link, target.table(),
                        context.keyOrder(target), binder)
                .build());
        if (fk.notNull()) {
            return; // a child cannot be without a parent: re-link it, or delete it
        }
        CodeBlock unlink = context.sql.add("UNLINK_" + constant, statements.unlinkChild());
        CodeBlock unbinder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                context.columns.bind(targetKey, "ps", CodeBlock.of("1"), CodeBlock.of("t.$N()", targetKey.accessorName())),
                context.columns.bind(fk, "ps", CodeBlock.of("2"), CodeBlock.of("key")));
        type.addMethod(varargs("unlink" + suffix, "Sets {@code " + fk.name() + "} to NULL on those {@code targets} whose parent is {@code "
                + p + "}."));
        type.addMethod(batchMethod("unlink" + suffix, "Sets {@code " + fk.name() + "} to NULL on those {@code targets} whose parent is {@code "
                + p + "}, as one atomic batch.")
                .addStatement("$T.batchInKeyOrder(db, $L, $S, targets, $L, $L)", RuntimeApi.JDBC, unlink, target.table(),
                        context.keyOrder(target), unbinder)
                .build());
    }

    // ---- many-to-one: write the owner's FK column ----

    private void manyToOne(TypeSpec.Builder type) {
        Column fk = relation.foreignKey().orElseThrow();
        Column targetKey = target.id().orElseThrow();
        String p = context.parameter();
        String value = context.names.targetParameter(relation);
        CodeBlock sql = context.sql.add("SET_" + constant, statements.setForeignKey());
        MethodSpec.Builder method = MethodSpec.methodBuilder("set" + suffix)
                .addJavadoc("Points {@code $N}'s {@code $L} at {@code $N}$L and returns the updated record.\n\n"
                        + "@throws $T if {@code $N} is not a stored row\n", p, fk.name(), value,
                        fk.notNull() ? "" : " (or NULL)", RuntimeApi.NOT_FOUND, p)
                .addModifiers(Modifier.PUBLIC)
                .returns(context.record())
                .addParameter(context.entityType(), p)
                .addParameter(fk.notNull() ? com.palantir.javapoet.ParameterSpec.builder(ClassName.get(target.element()), value).build()
                        : RecordWriter.nullness(fk).parameter(ClassName.get(target.element()), value))
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p);
        if (fk.notNull()) {
            method.addStatement("$T.requireNonNull($N, $S)", Objects.class, value, value)
                    .addStatement("$T key = $N.$N()", RecordWriter.columnType(fk), value, targetKey.accessorName());
        } else {
            method.addStatement("$T key = $N == null ? null : $N.$N()", RecordWriter.columnType(fk), value, value,
                    targetKey.accessorName());
        }
        finishSetter(type, method, sql, fk, p, value);
    }

    private void finishSetter(TypeSpec.Builder type, MethodSpec.Builder method, CodeBlock sql, Column fk, String p,
            String value) {
        CodeBlock.Builder binds = CodeBlock.builder()
                .add("$L;\n", context.columns.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("key")));
        context.bindKeyStatements("ps", 2, context.keyPartsOf(CodeBlock.of("$N", p)))
                .forEach(bind -> binds.add("$L;\n", bind));
        method.beginControlFlow("if ($T.update(db, $L, $S, ps -> {\n$>$L$<}) == 0)", RuntimeApi.JDBC, sql,
                        context.entity.table(), binds.build())
                .addStatement("throw new $T($S + $L, $S)", RuntimeApi.NOT_FOUND,
                        "No " + context.entity.table() + " row has key ", context.keyOf(CodeBlock.of("$N", p)),
                        context.entity.table())
                .endControlFlow()
                .addStatement("return $T.copyOf($N).$N(key).$N($L)", context.record(), p,
                        context.names.withMethod(fk.accessorName()), context.names.withMethod(relation.name()),
                        relation.decl().cardinality() == dev.joinwright.processor.model.Cardinality.OPTIONAL
                                ? CodeBlock.of("$T.ofNullable($N)", java.util.Optional.class, value)
                                : CodeBlock.of("$N", value));
        type.addMethod(method.build());
    }
}
