package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.discover.SchemaScope;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.sql.CatalogDescription;
import dev.joinwright.processor.sql.DdlPlanner;
import dev.joinwright.processor.sql.SchemaDdl;
import dev.joinwright.processor.sql.SqlDialect;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the schema class (named by {@link Output#schemaClass}): the create and drop statements of
 * every dialect as {@code List<String>} constants, and {@code create}/{@code drop} over a
 * {@code Database}, a {@code Connection} or a {@code DataSource}, in the driver's dialect. The
 * methods that run them are written by {@link SchemaRuntimeMethods}.
 */
public final class SchemaWriter implements ArtifactWriter {
    /** The constant of a versioned schema class naming its {@code @Schema} interface. */
    public static final String VERSIONED_BY_FIELD = "SCHEMA_INTERFACE";
    static final TypeName STATEMENTS = ParameterizedTypeName.get(List.class, String.class);

    @Override
    public void write(BoundSchema schema, Output output) throws IOException {
        ClassName name = output.schemaClass(new BoundSchemaPackages(schema));
        SchemaDdl ddl = DdlPlanner.plan(schema);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classJavadoc(schema))
                .addField(dialectsField())
                .addField(indexField(schema));
        if (output.versionedBy() != null) {
            type.addField(FieldSpec.builder(int.class, "VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .addJavadoc("The schema version, from {@code @Schema(version)}.\n")
                            .initializer("$L", output.version()).build())
                    .addField(FieldSpec.builder(String.class, VERSIONED_BY_FIELD, Modifier.PUBLIC, Modifier.STATIC,
                                    Modifier.FINAL)
                            .addJavadoc("The interface that carries {@code @Schema}; a later compilation that does not\n"
                                    + "recompile it reads its versions from there.\n")
                            .initializer("$S", output.versionedBy()).build());
        }
        for (SqlDialect dialect : SqlDialect.values()) {
            type.addField(statementsField(dialect, "CREATE", "create"));
            type.addField(statementsField(dialect, "DROP", "drop"));
            type.addType(StatementHolder.holder(dialect, ddl.createStatements(dialect), ddl.dropStatements(dialect),
                    CatalogDescription.lines(ddl, dialect)));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(lookup("createStatements", "CREATE", "create"));
        type.addMethod(lookup("dropStatements", "DROP", "drop"));
        type.addMethod(catalogLookup());
        SchemaRuntimeMethods.addTo(type);
        output.writeType(name.packageName(), type.build(),
                schema.entities().stream().map(Entity::element).toList());
    }

    /** The constant holding one dialect's statements, e.g. {@code POSTGRESQL_CREATE}. */
    static String constantName(SqlDialect dialect, String suffix) {
        return dialect.name() + "_" + suffix;
    }

    private static CodeBlock classJavadoc(BoundSchema schema) {
        String entities = schema.entities().stream().map(Entity::qualifiedName).collect(Collectors.joining(", "));
        return CodeBlock.builder()
                .add("The DDL of the Joinwright entities $L.\n\n", entities)
                .add("<p>The statements of each dialect are the constants {@code <DIALECT>_CREATE} and\n")
                .add("{@code <DIALECT>_DROP}, one statement per entry without a terminator, the same as the\n")
                .add("resources {@code META-INF/joinwright/<dialect>.sql} and {@code <dialect>-drop.sql}.\n")
                .add("{@link #create(Database)} and {@link #drop(Database)} run them through the Joinwright\n")
                .add("runtime (also over a {@code Connection} or a {@code DataSource}) in the database's dialect,\n")
                .add("following its transaction ownership rules.\n")
                .build();
    }

    private static FieldSpec dialectsField() {
        String ids = Arrays.stream(SqlDialect.values())
                .map(d -> CodeBlock.of("$S", d.id()).toString())
                .collect(Collectors.joining(", "));
        return FieldSpec.builder(STATEMENTS, "DIALECTS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The dialect ids: H2, PostgreSQL, MySQL and MariaDB, SQLite.\n")
                .initializer("$T.of($L)", List.class, ids)
                .build();
    }

    /**
     * The schema's entities, comma-separated: how a later compilation that sees only some of them
     * (an IDE or plain javac recompiling a few files) tells this module's entities from an
     * earlier module's.
     */
    private static FieldSpec indexField(BoundSchema schema) {
        String names = schema.entities().stream()
                .map(e -> SchemaScope.indexEntry(e.qualifiedName(), java.util.stream.Stream.concat(
                        e.columns().stream().filter(c -> c.nullable()).map(c -> c.accessorName()),
                        e.relationships().stream().filter(r -> r.nullable()).map(r -> r.name())).toList()))
                .collect(Collectors.joining(","));
        return FieldSpec.builder(String.class, SchemaScope.INDEX_FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("This schema's entities, comma-separated, each with its nullable accessors after colons.\n"
                        + "The processor reads it when a later compilation recompiles only some of them.\n")
                .initializer("$S", names)
                .build();
    }

    private static FieldSpec statementsField(SqlDialect dialect, String suffix, String verb) {
        return FieldSpec.builder(STATEMENTS, constantName(dialect, suffix),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The statements that $L the schema on $L, in order.\n", verb, dialect.displayName())
                .initializer("$N.$N()", StatementHolder.holderName(dialect), verb)
                .build();
    }

    /** What the catalog of each dialect must describe, for {@code validate}. */
    private static MethodSpec catalogLookup() {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (dialect) {\n$>");
        for (SqlDialect dialect : SqlDialect.values()) {
            cases.add("case $S -> $N.catalog();\n", dialect.id(), StatementHolder.holderName(dialect));
        }
        cases.add("default -> throw new $T($S + dialect + $S + DIALECTS);\n", IllegalArgumentException.class,
                        "unknown Joinwright dialect '", "'; expected one of ")
                .add("$<};\n");
        return MethodSpec.methodBuilder("catalog")
                .addJavadoc("What the catalog of a database of this dialect says when it holds exactly this schema,\n")
                .addJavadoc("as the lines {@code validate} compares with the live catalog.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STATEMENTS)
                .addParameter(String.class, "dialect")
                .addCode(cases.build())
                .build();
    }

    private static MethodSpec lookup(String methodName, String suffix, String verb) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (dialect) {\n$>");
        for (SqlDialect dialect : SqlDialect.values()) {
            cases.add("case $S -> $L;\n", dialect.id(), constantName(dialect, suffix));
        }
        cases.add("default -> throw new $T($S + dialect + $S + DIALECTS);\n", IllegalArgumentException.class,
                        "unknown Joinwright dialect '", "'; expected one of ")
                .add("$<};\n");
        return MethodSpec.methodBuilder(methodName)
                .addJavadoc("The statements that $L the schema in a dialect, one of {@link #DIALECTS}.\n", verb)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STATEMENTS)
                .addParameter(String.class, "dialect")
                .addCode(cases.build())
                .build();
    }
}
