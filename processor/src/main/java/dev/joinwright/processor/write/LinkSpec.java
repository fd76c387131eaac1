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
import dev.joinwright.processor.sql.SqlDialect;
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
            case ONE_TO_MANY -> oneToMany(type);
            case MANY_TO_ONE -> manyToOne(type);
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

    private void manyToMany(TypeSpec.Builder type) {
        AssociationTable table = relation.association().orElseThrow();
        Column targetKey = target.id().orElseThrow();
        String linkField = context.field("link" + suffix + "Sql");
        addLinkSql(type, table, linkField);
        CodeBlock unlink = context.sql.add("UNLINK_" + constant, statements.unlink());
        CodeBlock clear = context.sql.add("CLEAR_" + constant, statements.clear());
        CodeBlock binder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                ColumnAdapter.bind(targetKey, "ps", CodeBlock.of("2"), CodeBlock.of("t.$N()", targetKey.accessorName())));
        String p = context.parameter();
        String table_ = table.name();
        type.addMethod(varargs("link" + suffix, "Links {@code targets} to {@code " + p + "} in {@code " + table_
                + "}; links that exist already are left as they are."));
        type.addMethod(batchMethod("link" + suffix, "Links {@code targets} to {@code " + p + "} in {@code " + table_
                + "}, as one atomic batch; idempotent.")
                .addStatement("$T.batch(db, $N, targets, $L)", RuntimeApi.JDBC, linkField, binder)
                .build());
        type.addMethod(varargs("unlink" + suffix, "Removes the links between {@code " + p + "} and {@code targets}."));
        type.addMethod(batchMethod("unlink" + suffix, "Removes the links between {@code " + p
                + "} and {@code targets}, as one atomic batch; missing links are ignored.")
                .addStatement("$T.batch(db, $L, targets, $L)", RuntimeApi.JDBC, unlink, binder)
                .build());
        type.addMethod(batchMethod("replace" + suffix, "Makes {@code targets} exactly the links of {@code " + p
                + "}, atomically: on any failure the link set is unchanged.")
                .addStatement("db.runInTransaction(() -> {\n$>$T.update(db, $L, ps -> $L);\n$T.batch(db, $N, targets, $L);\n$<})",
                        RuntimeApi.JDBC, clear, ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                        RuntimeApi.JDBC, linkField, binder)
                .build());
    }

    /**
     * The idempotent insert of one link differs per database: {@code MERGE ... KEY} on H2,
     * {@code ON CONFLICT DO NOTHING} on PostgreSQL and SQLite, {@code ON DUPLICATE KEY UPDATE} on
     * MySQL (not {@code INSERT IGNORE}, which would also hide FK violations).
     */
    private void addLinkSql(TypeSpec.Builder type, AssociationTable table, String field) {
        CodeBlock.Builder choose = CodeBlock.builder().add("this.$N = switch ($N) {\n$>", field, ColumnAdapter.DIALECT_FIELD);
        for (SqlDialect dialect : SqlDialect.values()) {
            String name = context.sql.addOne("LINK_" + constant + "_" + dialect.name(), statements.link().in(dialect));
            choose.add("case $L -> $N;\n", dialect.name(), name);
        }
        type.addField(String.class, field, Modifier.PRIVATE, Modifier.FINAL);
        context.initializeInConstructor(choose.add("$<}").build());
    }

    // ---- one-to-many: write the children's FK column ----

    private void oneToMany(TypeSpec.Builder type) {
        Column fk = relation.foreignKey().orElseThrow();
        Column targetKey = target.id().orElseThrow();
        String p = context.parameter();
        CodeBlock link = context.sql.add("LINK_" + constant, statements.linkChild());
        CodeBlock binder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                ColumnAdapter.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                ColumnAdapter.bind(targetKey, "ps", CodeBlock.of("2"), CodeBlock.of("t.$N()", targetKey.accessorName())));
        type.addMethod(varargs("link" + suffix, "Makes {@code " + p + "} the parent of {@code targets} by writing their {@code "
                + fk.name() + "}."));
        type.addMethod(batchMethod("link" + suffix, "Makes {@code " + p + "} the parent of {@code targets} by writing their {@code "
                + fk.name() + "}, as one atomic batch.")
                .addStatement("$T.batch(db, $L, targets, $L)", RuntimeApi.JDBC, link, binder)
                .build());
        if (fk.notNull()) {
            return; // a child cannot be without a parent: re-link it, or delete it
        }
        CodeBlock unlink = context.sql.add("UNLINK_" + constant, statements.unlinkChild());
        CodeBlock unbinder = CodeBlock.of("(ps, t) -> {\n$>$L;\n$L;\n$<}",
                ColumnAdapter.bind(targetKey, "ps", CodeBlock.of("1"), CodeBlock.of("t.$N()", targetKey.accessorName())),
                ColumnAdapter.bind(fk, "ps", CodeBlock.of("2"), CodeBlock.of("key")));
        type.addMethod(varargs("unlink" + suffix, "Sets {@code " + fk.name() + "} to NULL on those {@code targets} whose parent is {@code "
                + p + "}."));
        type.addMethod(batchMethod("unlink" + suffix, "Sets {@code " + fk.name() + "} to NULL on those {@code targets} whose parent is {@code "
                + p + "}, as one atomic batch.")
                .addStatement("$T.batch(db, $L, targets, $L)", RuntimeApi.JDBC, unlink, unbinder)
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
        method.beginControlFlow("if ($T.update(db, $L, ps -> {\n$>$L;\n$L;\n$<}) == 0)", RuntimeApi.JDBC, sql,
                        ColumnAdapter.bind(fk, "ps", CodeBlock.of("1"), CodeBlock.of("key")),
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("2"), CodeBlock.of("$N.$N()", p, context.id().accessorName())))
                .addStatement("throw new $T($S + $N.$N(), $S)", RuntimeApi.NOT_FOUND,
                        "No " + context.entity.table() + " row has key ", p, context.id().accessorName(), context.entity.table())
                .endControlFlow()
                .addStatement("return $T.copyOf($N).$N(key).$N($L)", context.record(), p,
                        context.names.withMethod(fk.accessorName()), context.names.withMethod(relation.name()),
                        relation.decl().cardinality() == dev.joinwright.processor.model.Cardinality.OPTIONAL
                                ? CodeBlock.of("$T.ofNullable($N)", java.util.Optional.class, value)
                                : CodeBlock.of("$N", value));
        type.addMethod(method.build());
    }
}
