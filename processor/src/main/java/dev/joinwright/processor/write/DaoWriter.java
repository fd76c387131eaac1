package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDao}: typed data access for entity {@code X} over a {@code Database}. The parts
 * are written by {@link CrudSpec} (CRUD), {@link NavigationSpec} (one method per relationship,
 * single and batched), {@link LinkSpec} (relationship writes), {@link FetchSpec} (eager
 * loading) and {@link RowAccessSpec} (column list and row reader for hand-written SQL); this class writes the skeleton they share: fields, constructor and the row reader.
 */
public final class DaoWriter implements EntityWriter {

    @Override
    public void write(BoundSchema schema, Entity entity, Output output) throws IOException {
        output.writeType(entity.packageName(), dao(schema, entity), List.of(entity.element()));
    }

    private static TypeSpec dao(BoundSchema schema, Entity entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(DaoContext.daoName(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed data access for {@link $T} rows in table {@code $L}. Thread-safe: hold one per\n"
                        + "{@code Database}. Every statement is a constant below; values are always bound.\n",
                        ClassName.get(entity.element()), entity.table());
        List<Relation> relations = schema.relationsOf(entity);
        DaoContext context = new DaoContext(entity, relations, type);
        new CrudSpec(context).addTo(type);
        for (Relation relation : relations) {
            new NavigationSpec(context, relation).addTo(type);
            new LinkSpec(context, relation).addTo(type);
        }
        new FetchSpec(context, relations).addTo(type);
        new RowAccessSpec(context).addTo(type);
        type.addMethod(readRow(entity, context.columns));
        addState(type, context);
        return type.build();
    }

    /** The fields and the constructor, added last because they depend on what the parts needed. */
    private static void addState(TypeSpec.Builder type, DaoContext context) {
        type.addField(RuntimeApi.DATABASE, "db", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(ColumnAdapter.CODECS, ColumnAdapter.CODECS_FIELD, Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
                .addJavadoc("A DAO over {@code db}; cheap to create, and safe to share between threads.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeApi.DATABASE, "db")
                .addStatement("this.db = $T.requireNonNull(db, $S)", Objects.class, "db")
                .addStatement("this.$N = db.codecs()", ColumnAdapter.CODECS_FIELD);
        ParameterizedTypeName mapperType = ParameterizedTypeName.get(RuntimeApi.ROW_MAPPER, context.record());
        type.addField(FieldSpec.builder(mapperType, "rowMapper", Modifier.PRIVATE, Modifier.FINAL).build());
        ctor.addStatement("this.rowMapper = rs -> readRow(rs, 1, $N)", ColumnAdapter.CODECS_FIELD);
        if (!context.constructorStatements().isEmpty()) {
            ctor.addStatement("$T $N = db.dialect()", RuntimeApi.DIALECT, DaoContext.DIALECT);
        }
        for (CodeBlock statement : context.constructorStatements()) {
            ctor.addStatement(statement);
        }
        type.addMethod(ctor.build());
    }

    /**
     * The arguments of the record's constructor for a row read from {@code rs}: each column read at
     * {@code index.apply(i)} for its declaration position {@code i}, no relationship loaded.
     */
    static List<CodeBlock> recordArguments(Entity entity, ColumnAdapter columns, IntFunction<CodeBlock> index) {
        List<CodeBlock> args = new java.util.ArrayList<>();
        for (int i = 0; i < entity.columns().size(); i++) {
            args.add(columns.read(entity.columns().get(i), "rs", index.apply(i)));
        }
        for (int i = 0; i < entity.relationships().size(); i++) {
            args.add(CodeBlock.of("null"));
            args.add(CodeBlock.of("false"));
        }
        return args;
    }

    /** {@code public static XRecord readRow(ResultSet rs, int first, Codecs codecs)}. */
    private static MethodSpec readRow(Entity entity, ColumnAdapter columns) {
        ClassName record = RecordWriter.recordName(entity);
        List<CodeBlock> args = recordArguments(entity, columns,
                i -> i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i));
        return MethodSpec.methodBuilder("readRow")
                .addJavadoc("Reads one row whose columns start at index {@code first}, in declaration order.\n"
                        + "For generated code (other DAOs read joined rows with it).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record)
                .addParameter(ResultSet.class, "rs")
                .addParameter(int.class, "first")
                .addParameter(ColumnAdapter.CODECS, ColumnAdapter.CODECS_FIELD)
                .addException(SQLException.class)
                .addStatement("return new $T(\n$L)", record, CodeBlock.join(args, ",\n"))
                .build();
    }
}
