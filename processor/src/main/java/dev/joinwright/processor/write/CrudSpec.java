package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.sql.dml.EntityStatements;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The CRUD part of a DAO: insert (one and batched, with generated keys), find by key, find all, a
 * page, update, delete, count, and {@code findBy<Column>} for each unique column.
 */
final class CrudSpec {
    private final DaoContext context;
    private final Entity entity;
    private final List<Column> insertColumns;
    private final List<Column> updateColumns;
    private final EntityStatements statements;

    CrudSpec(DaoContext context) {
        this.context = context;
        this.entity = context.entity;
        this.statements = new EntityStatements(entity);
        this.insertColumns = entity.columns().stream().filter(c -> !c.generated()).toList();
        this.updateColumns = entity.columns().stream().filter(c -> !c.id()).toList();
    }

    void addTo(TypeSpec.Builder type) {
        CodeBlock insert = context.sql.add("INSERT", statements.insert(insertColumns));
        type.addMethod(insert(insert)).addMethod(insertAll(insert)).addMethod(bindInsert());
        type.addMethod(findById());
        type.addMethod(findAll());
        type.addMethod(findPage());
        if (!updateColumns.isEmpty()) {
            type.addMethod(update()).addMethod(bindUpdate());
        }
        type.addMethod(deleteById());
        type.addMethod(count());
        for (Column column : updateColumns) {
            if (column.unique()) {
                type.addMethod(findByUnique(column));
            }
        }
    }

    private MethodSpec insert(CodeBlock sql) {
        String p = context.parameter();
        MethodSpec.Builder method = MethodSpec.methodBuilder("insert")
                .addJavadoc("Inserts one row and returns it as a record$L.\n",
                        context.id().generated() ? ", with the key the database generated" : "")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.record())
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p);
        if (context.id().generated()) {
            method.addStatement("long key = $T.insertReturningKey(db, $L, $S, ps -> bindInsert(ps, $N))",
                    RuntimeApi.JDBC, sql, context.id().name(), p);
            return method.addStatement("return $T.copyOf($N).$N($L)", context.record(), p,
                    context.names.withMethod(context.id().accessorName()), narrowKey(CodeBlock.of("key"))).build();
        }
        method.addStatement("$T.update(db, $L, ps -> bindInsert(ps, $N))", RuntimeApi.JDBC, sql, p);
        return method.addStatement("return $T.copyOf($N)", context.record(), p).build();
    }

    /** A generated key read as {@code long}, narrowed to the key's declared type. */
    private CodeBlock narrowKey(CodeBlock key) {
        ColumnType type = context.id().type();
        if (type == ColumnType.INT) {
            return CodeBlock.of("$T.toIntExact($L)", Math.class, key);
        }
        return type == ColumnType.SHORT ? CodeBlock.of("(short) $L", key) : key;
    }

    private MethodSpec insertAll(CodeBlock sql) {
        TypeName rows = ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(context.entityType()));
        TypeName result = ParameterizedTypeName.get(ClassName.get(List.class), context.record());
        MethodSpec.Builder method = MethodSpec.methodBuilder("insertAll")
                .addJavadoc("Inserts every row as one JDBC batch, atomically, and returns them in order as records.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(result)
                .addParameter(rows, "rows")
                .addStatement("$T<$T> result = new $T<>(rows.size())", List.class, context.record(), ArrayList.class);
        String rowName = "row";
        if (context.id().generated()) {
            method.addStatement("long[] keys = $T.batchInsertReturningKeys(db, $L, $S, rows, this::bindInsert)",
                    RuntimeApi.JDBC, sql, context.id().name())
                    .addStatement("int i = 0")
                    .beginControlFlow("for ($T $N : rows)", context.entityType(), rowName)
                    .addStatement("result.add($T.copyOf($N).$N($L))", context.record(), rowName,
                            context.names.withMethod(context.id().accessorName()), narrowKey(CodeBlock.of("keys[i++]")))
                    .endControlFlow();
        } else {
            method.addStatement("$T.batch(db, $L, rows, this::bindInsert)", RuntimeApi.JDBC, sql)
                    .beginControlFlow("for ($T $N : rows)", context.entityType(), rowName)
                    .addStatement("result.add($T.copyOf($N))", context.record(), rowName)
                    .endControlFlow();
        }
        return method.addStatement("return result").build();
    }

    private MethodSpec bindInsert() {
        return bindColumns("bindInsert", insertColumns);
    }

    private MethodSpec bindUpdate() {
        List<Column> columns = new ArrayList<>(updateColumns);
        columns.add(context.id());
        return bindColumns("bindUpdate", columns);
    }

    private MethodSpec bindColumns(String name, List<Column> columns) {
        String p = context.parameter();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(context.entityType(), p)
                .addException(SQLException.class);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            method.addStatement(ColumnAdapter.bind(column, "ps", CodeBlock.of("$L", i + 1),
                    CodeBlock.of("$N.$N()", p, column.accessorName())));
        }
        return method.build();
    }

    private MethodSpec findById() {
        CodeBlock sql = context.sql.add("FIND_BY_ID", statements.findById());
        return MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()))
                .addParameter(context.keyType(), "id")
                .addStatement("return $T.queryOne(db, $L, ps -> $L, rowMapper)", RuntimeApi.JDBC, sql,
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("id")))
                .build();
    }

    private MethodSpec findAll() {
        CodeBlock sql = context.sql.add("FIND_ALL", statements.findAll());
        return MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), context.record()))
                .addStatement("return $T.query(db, $L, ps -> { }, rowMapper)", RuntimeApi.JDBC, sql)
                .build();
    }

    private MethodSpec findPage() {
        CodeBlock sql = context.sql.add("FIND_PAGE", statements.findPage());
        return MethodSpec.methodBuilder("findPage")
                .addJavadoc("Up to {@code limit} rows, ordered by key, after skipping {@code offset} rows.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), context.record()))
                .addParameter(int.class, "offset")
                .addParameter(int.class, "limit")
                .beginControlFlow("if (offset < 0 || limit < 0)")
                .addStatement("throw new $T($S + offset + $S + limit)", IllegalArgumentException.class,
                        "offset and limit must not be negative: ", ", ")
                .endControlFlow()
                .addStatement("return $T.query(db, $L, ps -> {\n$>$L;\n$L;\n$<}, rowMapper)",
                        RuntimeApi.JDBC, sql, ColumnAdapter.bindInt("ps", 1, "limit"), ColumnAdapter.bindInt("ps", 2, "offset"))
                .build();
    }

    private MethodSpec update() {
        String p = context.parameter();
        CodeBlock sql = context.sql.add("UPDATE", statements.update(updateColumns));
        return MethodSpec.methodBuilder("update")
                .addJavadoc("Writes every column of the row with this key.\n\n"
                        + "@throws $T if no row has this key\n", RuntimeApi.NOT_FOUND)
                .addModifiers(Modifier.PUBLIC)
                .returns(context.record())
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .beginControlFlow("if ($T.update(db, $L, ps -> bindUpdate(ps, $N)) == 0)", RuntimeApi.JDBC, sql, p)
                .addStatement("throw new $T($S + $N.$N(), $S)", RuntimeApi.NOT_FOUND,
                        "No " + entity.table() + " row has key ", p, context.id().accessorName(), entity.table())
                .endControlFlow()
                .addStatement("return $T.copyOf($N)", context.record(), p)
                .build();
    }

    private MethodSpec deleteById() {
        CodeBlock sql = context.sql.add("DELETE_BY_ID", statements.deleteById());
        return MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Deletes the row with this key; the database applies the FKs' ON DELETE actions.\n\n"
                        + "@return whether a row was deleted\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(context.keyType(), "id")
                .addStatement("return $T.update(db, $L, ps -> $L) > 0", RuntimeApi.JDBC, sql,
                        ColumnAdapter.bind(context.id(), "ps", CodeBlock.of("1"), CodeBlock.of("id")))
                .build();
    }

    private MethodSpec count() {
        CodeBlock sql = context.sql.add("COUNT", statements.count());
        return MethodSpec.methodBuilder("count")
                .addJavadoc("The number of rows.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(long.class)
                .addStatement("return $T.queryLong(db, $L, ps -> { })", RuntimeApi.JDBC, sql)
                .build();
    }

    private MethodSpec findByUnique(Column column) {
        String name = context.names.finder(column);
        CodeBlock sql = context.sql.add("FIND_BY_" + column.name().toUpperCase(java.util.Locale.ROOT),
                statements.findBy(column));
        return MethodSpec.methodBuilder(name)
                .addJavadoc("The row whose unique {@code $L} is {@code value}, if there is one.\n", column.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()))
                .addParameter(RecordWriter.nullness(column).parameter(RecordWriter.columnType(column), "value"))
                .addStatement("return $T.queryOne(db, $L, ps -> $L, rowMapper)", RuntimeApi.JDBC, sql,
                        ColumnAdapter.bind(column, "ps", CodeBlock.of("1"), CodeBlock.of("value")))
                .build();
    }
}
