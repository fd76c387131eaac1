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
import java.util.function.Function;
import java.util.function.IntFunction;
import dev.joinwright.processor.model.query.QueryInterface;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDao}: typed data access for entity {@code X} over a {@code Database}. The parts
 * are written by {@link CrudSpec} (CRUD), {@link NavigationSpec} (one method per relationship,
 * single and batched), {@link LinkSpec} (relationship writes), {@link FetchSpec} (eager
 * loading), {@link RowAccessSpec} (column list and row reader for hand-written SQL) and
 * {@link QuerySpec} (the methods of its {@code @Queries} interfaces); this class writes the skeleton
 * they share: fields, constructor and the row reader.
 */
public final class DaoWriter implements EntityWriter {
    private final Function<Entity, List<QueryInterface>> queries;

    /** @param queries the {@code @Queries} interfaces of each entity, which its DAO implements */
    public DaoWriter(Function<Entity, List<QueryInterface>> queries) {
        this.queries = queries;
    }

    @Override
    public void write(BoundSchema schema, Entity entity, Output output) throws IOException {
        List<QueryInterface> implemented = queries.apply(entity);
        List<javax.lang.model.element.Element> originating = new java.util.ArrayList<>();
        originating.add(entity.element());
        implemented.forEach(q -> originating.add(q.element()));
        output.writeType(entity.packageName(), dao(schema, entity, implemented), originating);
    }

    /** The methods of the DAO an entity gets without query interfaces, for matching query methods to them. */
    public static List<MethodSpec> generatedMethods(BoundSchema schema, Entity entity) {
        return dao(schema, entity, List.of()).methodSpecs();
    }

    private static TypeSpec dao(BoundSchema schema, Entity entity, List<QueryInterface> implemented) {
        TypeSpec.Builder type = TypeSpec.classBuilder(DaoContext.daoName(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed data access for {@link $T} rows in table {@code $L}. Thread-safe: hold one per\n"
                        + "{@code Database}. Every statement is a constant below; values are always bound.\n",
                        ClassName.get(entity.element()), entity.table());
        List<Relation> relations = schema.relationsOf(entity);
        DaoContext context = new DaoContext(entity, relations, type);
        new KeyRecordSpec(context).addTo(type);
        new CrudSpec(context).addTo(type);
        for (Relation relation : relations) {
            if (relation.compositeForeignKey()) {
                new CompositeNavigationSpec(context, relation).addTo(type); // written by inserting or updating the row
            } else {
                new NavigationSpec(context, relation).addTo(type);
                new LinkSpec(context, relation).addTo(type);
            }
        }
        new FetchSpec(context, relations).addTo(type);
        new RowAccessSpec(context).addTo(type);
        new QuerySpec(context, implemented).addTo(type);
        type.addMethod(readRow(entity, type, context));
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

    /**
     * {@code public static XRecord readRow(ResultSet rs, int first, Codecs codecs)}: reads through the one
     * row-reading method, {@code readRowAt}, with the columns in declaration order ({@code IN_ORDER}),
     * so the column reads are written once per DAO, not once per way of finding them.
     */
    private static MethodSpec readRow(Entity entity, TypeSpec.Builder type, DaoContext context) {
        ClassName record = RecordWriter.recordName(entity);
        String inOrder = context.field("IN_ORDER");
        type.addField(FieldSpec.builder(int[].class, inOrder, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.inOrder($L)", RuntimeApi.BY_LABEL, entity.columns().size())
                .build());
        return MethodSpec.methodBuilder("readRow")
                .addJavadoc("Reads one row whose columns start at index {@code first}, in declaration order.\n"
                        + "For generated code (other DAOs read joined rows with it).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record)
                .addParameter(ResultSet.class, "rs")
                .addParameter(int.class, "first")
                .addParameter(ColumnAdapter.CODECS, ColumnAdapter.CODECS_FIELD)
                .addException(SQLException.class)
                .addStatement("return readRowAt(rs, $N, first, $N)", inOrder, ColumnAdapter.CODECS_FIELD)
                .build();
    }
}
