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
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.TableConstraint;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.dml.EntityStatements;
import dev.joinwright.processor.sql.dml.KeySql;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
        CodeBlock findById = context.sql.add("FIND_BY_ID", statements.findById());
        String columns = context.columnNames();
        CodeBlock rereadAll = context.generatedKey() ? rereadAll() : null;
        String insertRow = rowWrite("insertRow", insert, findById, rereadAll, columns);
        type.addMethod(insert(insertRow)).addMethod(insertAll(insertRow)).addMethod(bindInsert());
        type.addMethod(findById(findById));
        CodeBlock findAll = context.sql.add("FIND_ALL", statements.findAll());
        type.addMethod(findAll(findAll));
        type.addMethod(streamAll(findAll));
        type.addMethod(findPage());
        if (!updateColumns.isEmpty()) {
            CodeBlock update = context.sql.add("UPDATE", statements.update(updateColumns));
            type.addMethod(update(rowWrite("updateRow", update, findById, null, columns))).addMethod(bindUpdate());
        }
        type.addMethod(deleteById());
        type.addMethod(count());
        for (Column column : updateColumns) {
            if (column.unique()) {
                type.addMethod(findByUnique(column));
            }
        }
        List<TableConstraint> uniques = entity.constraints(TableConstraint.Kind.UNIQUE);
        for (int i = 0; i < uniques.size(); i++) {
            type.addMethod(findByUnique(i, uniques.get(i).columns(entity)));
        }
    }

    /**
     * {@code new KeyQuery(FIND_BY_IDS_IN, FIND_BY_IDS_IN_END, null, null), 1}: how a re-reading
     * dialect reads a batch with generated keys again, and where the key is in its rows.
     */
    private CodeBlock rereadAll() {
        KeySql byIds = statements.findByIds();
        CodeBlock inHead = context.sql.add("FIND_BY_IDS_IN", byIds.inHead());
        CodeBlock inTail = context.sql.add("FIND_BY_IDS_IN_END", byIds.inTail());
        return CodeBlock.of("new $T($L, $L, null, null), $L", RuntimeApi.KEY_QUERY, inHead, inTail,
                entity.columns().indexOf(context.id()) + 1);
    }

    /**
     * A {@code RowWrite} field: the statement and how each dialect gives back the stored row
     * ({@link SqlDialect#storedRow()}), chosen once in the constructor.
     *
     * @param rereadAll for a re-reading dialect, the query of a batch by its generated keys; or {@code null}
     */
    private String rowWrite(String preferred, CodeBlock sql, CodeBlock reread, CodeBlock rereadAll, String columns) {
        String field = context.field(preferred);
        context.type.addField(RuntimeApi.ROW_WRITE, field, Modifier.PRIVATE, Modifier.FINAL);
        Map<SqlDialect.StoredRow, List<SqlDialect>> byWay = new EnumMap<>(SqlDialect.StoredRow.class);
        for (SqlDialect dialect : SqlDialect.values()) {
            byWay.computeIfAbsent(dialect.storedRow(), way -> new ArrayList<>()).add(dialect);
        }
        CodeBlock.Builder choose = CodeBlock.builder().add("this.$N = switch ($N) {\n$>", field, DaoContext.DIALECT);
        byWay.forEach((way, dialects) -> {
            String cases = dialects.stream().map(SqlDialect::name).collect(Collectors.joining(", "));
            CodeBlock write = switch (way) {
                case GENERATED_COLUMNS -> CodeBlock.of("$T.generatedColumns($L, $S, $N)", RuntimeApi.ROW_WRITE, sql,
                        entity.table(), columns);
                case STATEMENT -> CodeBlock.of("$T.statement($L, $S)", RuntimeApi.ROW_WRITE, sql, entity.table());
                case REREAD -> rereadAll == null
                        ? CodeBlock.of("$T.reread($L, $S, $L)", RuntimeApi.ROW_WRITE, sql, entity.table(), reread)
                        : CodeBlock.of("$T.reread($L, $S, $L, $L)", RuntimeApi.ROW_WRITE, sql, entity.table(), reread,
                                rereadAll);
            };
            choose.add("case $L -> $L;\n", cases, write);
        });
        context.initializeInConstructor(choose.add("$<}").build());
        return field;
    }

    /** {@code content.id() != 0}: the row to insert carries a key the database should generate. */
    private CodeBlock hasKey(String row) {
        return CodeBlock.of("$N.$N() != $L", row, context.id().accessorName(), context.id().primitive() ? "0" : "null");
    }

    /** {@code throw Keys.generatedKeyGiven("Content.id", "content", "id", content.id())}. */
    private CodeBlock refuseKey(String row) {
        return CodeBlock.of("throw $T.generatedKeyGiven($S, $S, $S, $N.$N())", RuntimeApi.KEYS,
                entity.simpleName() + "." + context.id().accessorName(), entity.table(), context.id().name(), row,
                context.id().accessorName());
    }

    /** {@code codecs.longs().setLong(ps, 1, content.id())}: the key of a re-read, from the row. */
    private CodeBlock keyOf(String row) {
        return context.bindKey("ps", 1, context.keyPartsOf(CodeBlock.of("$N", row)));
    }

    private MethodSpec insert(String insertRow) {
        String p = context.parameter();
        boolean generated = context.generatedKey();
        MethodSpec.Builder method = MethodSpec.methodBuilder("insert")
                .addJavadoc("Inserts one row and returns it as the database stored it$L.\n",
                        generated ? ", with the key it generated" : "")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.record())
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p);
        if (generated) {
            method.addJavadoc("\n@throws IllegalArgumentException if {@code $N} has a key: the database generates it\n", p)
                    .beginControlFlow("if ($L)", hasKey(p))
                    .addStatement(refuseKey(p))
                    .endControlFlow()
                    .addStatement("return $T.insert(db, $N, ps -> bindInsert(ps, $N), null, rowMapper)",
                            RuntimeApi.STORED_ROWS, insertRow, p);
        } else {
            method.addStatement("return $T.insert(db, $N, ps -> bindInsert(ps, $N), ps -> $L, rowMapper)",
                    RuntimeApi.STORED_ROWS, insertRow, p, keyOf(p));
        }
        return method.build();
    }

    private MethodSpec insertAll(String insertRow) {
        TypeName rows = ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(context.entityType()));
        TypeName result = ParameterizedTypeName.get(ClassName.get(List.class), context.record());
        boolean generated = context.generatedKey();
        MethodSpec.Builder method = MethodSpec.methodBuilder("insertAll")
                .addJavadoc("Inserts every row atomically, as one JDBC batch, and returns them as the database stored\n"
                        + "them, in order.$L\n", generated ? "" : " The rows are written in key order, so that two such batches\n"
                        + "never deadlock each other.")
                .addModifiers(Modifier.PUBLIC)
                .returns(result)
                .addParameter(rows, "rows");
        String rowName = "row";
        if (generated) {
            method.addJavadoc("\n@throws IllegalArgumentException if a row has a key: the database generates them\n")
                    .beginControlFlow("for ($T $N : rows)", context.entityType(), rowName)
                    .beginControlFlow("if ($L)", hasKey(rowName))
                    .addStatement(refuseKey(rowName))
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return $T.insertAll(db, $N, rows, null, this::bindInsert, null, rowMapper)",
                            RuntimeApi.STORED_ROWS, insertRow);
        } else {
            method.addStatement("return $T.insertAll(db, $N, rows, $L, this::bindInsert, (ps, $N) -> $L, rowMapper)",
                    RuntimeApi.STORED_ROWS, insertRow, context.keyOrder(entity), rowName, keyOf(rowName));
        }
        return method.build();
    }

    private MethodSpec bindInsert() {
        return bindColumns("bindInsert", insertColumns);
    }

    /**
     * Binds the SET columns, then the key. Where the SET columns are the inserted columns (a generated
     * key), it binds them through {@code bindInsert} rather than spelling each bind a second time.
     */
    private MethodSpec bindUpdate() {
        MethodSpec.Builder method = bindMethod("bindUpdate");
        if (updateColumns.equals(insertColumns)) {
            method.addStatement("bindInsert(ps, $N)", context.parameter());
        } else {
            bindAll(method, updateColumns, 0);
        }
        bindAll(method, context.key(), updateColumns.size());
        return method.build();
    }

    private MethodSpec bindColumns(String name, List<Column> columns) {
        MethodSpec.Builder method = bindMethod(name);
        bindAll(method, columns, 0);
        return method.build();
    }

    private MethodSpec.Builder bindMethod(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(context.entityType(), context.parameter())
                .addException(SQLException.class);
    }

    /** Binds {@code columns} of the parameter at indexes {@code bound + 1} onwards. */
    private void bindAll(MethodSpec.Builder method, List<Column> columns, int bound) {
        String p = context.parameter();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            method.addStatement(context.columns.bind(column, "ps", CodeBlock.of("$L", bound + i + 1),
                    CodeBlock.of("$N.$N()", p, column.accessorName())));
        }
    }

    private MethodSpec findById(CodeBlock sql) {
        return MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one.\n")
                .addJavadoc(context.keyParameterDocs())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()))
                .addParameters(context.keyParameters())
                .addStatement("return $T.queryOne(db, $L, $L, rowMapper)", RuntimeApi.JDBC, sql,
                        context.keyParameterBinder())
                .build();
    }

    private MethodSpec findAll(CodeBlock sql) {
        return MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), context.record()))
                .addStatement("return $T.query(db, $L, ps -> { }, rowMapper)", RuntimeApi.JDBC, sql)
                .build();
    }

    private MethodSpec streamAll(CodeBlock sql) {
        return MethodSpec.methodBuilder("streamAll")
                .addJavadoc("Every row, ordered by key, read lazily from an open cursor: a bounded number of rows in\n"
                        + "memory however many there are. Close the stream (try-with-resources); it holds its\n"
                        + "connection until it is closed or its last row is read. See {@code Database.stream} for\n"
                        + "the transaction it reads in.\n\n"
                        + "@return the rows, streamed\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), context.record()))
                .addStatement("return $T.stream(db, $L, ps -> { }, rowMapper)", RuntimeApi.JDBC, sql)
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

    private MethodSpec update(String updateRow) {
        String p = context.parameter();
        return MethodSpec.methodBuilder("update")
                .addJavadoc("Writes every column of the row with this key and returns it as the database stored it.\n\n"
                        + "@throws $T if no row has this key\n", RuntimeApi.NOT_FOUND)
                .addModifiers(Modifier.PUBLIC)
                .returns(context.record())
                .addParameter(context.entityType(), p)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, p, p)
                .addStatement("$T stored = $T.update(db, $N, ps -> bindUpdate(ps, $N), ps -> $L, rowMapper)",
                        context.record(), RuntimeApi.STORED_ROWS, updateRow, p, keyOf(p))
                .beginControlFlow("if (stored == null)")
                .addStatement("throw new $T($S + $L, $S)", RuntimeApi.NOT_FOUND,
                        "No " + entity.table() + " row has key ", context.keyOf(CodeBlock.of("$N", p)), entity.table())
                .endControlFlow()
                .addStatement("return stored")
                .build();
    }

    private MethodSpec deleteById() {
        CodeBlock sql = context.sql.add("DELETE_BY_ID", statements.deleteById());
        return MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Deletes the row with this key; the database applies the FKs' ON DELETE actions.\n\n"
                        + "@return whether a row was deleted\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc(context.keyParameterTags())
                .addParameters(context.keyParameters())
                .addStatement("return $T.update(db, $L, $L) > 0", RuntimeApi.JDBC, sql, context.keyParameterBinder())
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

    /** {@code findByLastNameAndFirstName(lastName, firstName)}: the finder of the {@code index}-th {@code @Unique}. */
    private MethodSpec findByUnique(int index, List<Column> columns) {
        List<String> parameters = context.names.uniqueFinderParameters(index);
        CodeBlock sql = context.sql.add("FIND_BY_" + String.join("_AND_", columns.stream()
                .map(c -> c.name().toUpperCase(java.util.Locale.ROOT)).toList()), statements.findBy(columns));
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.names.uniqueFinder(index))
                .addJavadoc("The row whose unique ($L) is ($L), if there is one.\n",
                        String.join(", ", columns.stream().map(c -> "{@code " + c.name() + "}").toList()),
                        String.join(", ", parameters.stream().map(p -> "{@code " + p + "}").toList()))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()));
        CodeBlock.Builder binds = CodeBlock.builder();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            method.addParameter(RecordWriter.nullness(column).parameter(RecordWriter.columnType(column), parameters.get(i)));
            binds.add("$L;\n", context.columns.bind(column, "ps", CodeBlock.of("$L", i + 1),
                    CodeBlock.of("$N", parameters.get(i))));
        }
        return method.addStatement("return $T.queryOne(db, $L, ps -> {\n$>$L$<}, rowMapper)", RuntimeApi.JDBC, sql,
                        binds.build())
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
                        context.columns.bind(column, "ps", CodeBlock.of("1"), CodeBlock.of("value")))
                .build();
    }
}
