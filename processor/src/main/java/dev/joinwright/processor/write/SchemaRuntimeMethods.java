package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.sql.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The JDBC half of the schema class: {@code dialect(Connection)}, and {@code create}/{@code drop}
 * over a Joinwright {@code Database}, a {@code Connection} or a {@code DataSource}. They run through
 * the runtime ({@code internal.Ddl}), so they follow its ownership rules: one transaction where
 * DDL is transactional, a savepoint inside the caller's open transaction, never a commit of it.
 */
final class SchemaRuntimeMethods {
    private static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
    private static final ClassName DDL = ClassName.get("dev.joinwright.internal", "Ddl");

    private SchemaRuntimeMethods() {}

    static void addTo(TypeSpec.Builder type) {
        type.addField(transactionalField())
                .addMethod(dialectMethod())
                .addMethod(onConnection("create", "Creates every table, constraint and index"))
                .addMethod(onConnection("drop", "Drops every table of this schema that exists (a database behind or ahead of\nthis schema is fine)"))
                .addMethod(onDataSource("create"))
                .addMethod(onDataSource("drop"))
                .addMethod(onDatabase("create", "Creates every table, constraint and index"))
                .addMethod(onDatabase("drop", "Drops every table of this schema that exists"))
                .addMethod(validateMethod())
                .addMethod(recoveryMethod());
    }

    private static FieldSpec transactionalField() {
        String ids = Arrays.stream(SqlDialect.values())
                .filter(d -> d.ddl().transactionalDdl())
                .map(d -> CodeBlock.of("$S", d.id()).toString())
                .collect(Collectors.joining(", "));
        return FieldSpec.builder(SchemaWriter.STATEMENTS, "TRANSACTIONAL_DDL")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The dialects whose DDL can be rolled back.\n")
                .initializer("$T.of($L)", java.util.List.class, ids)
                .build();
    }

    private static MethodSpec dialectMethod() {
        return MethodSpec.methodBuilder("dialect")
                .addJavadoc("The dialect of a connection, from its database product name: one of {@link #DIALECTS}.\n")
                .addJavadoc("\n@throws $T if the database is not H2, PostgreSQL, MySQL, MariaDB or SQLite\n",
                        SQLFeatureNotSupportedException.class)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(Connection.class, "connection")
                .addException(SQLException.class)
                .addStatement("$T product = connection.getMetaData().getDatabaseProductName()", String.class)
                .addStatement("$T name = product == null ? $S : product.toLowerCase($T.ROOT)",
                        String.class, "", Locale.class)
                .addCode(CodeBlock.builder()
                        .beginControlFlow("if (name.contains($S))", "h2").addStatement("return $S", "h2")
                        .nextControlFlow("else if (name.contains($S))", "postgresql")
                        .addStatement("return $S", "postgresql")
                        .nextControlFlow("else if (name.contains($S) || name.contains($S))", "mysql", "mariadb")
                        .addStatement("return $S", "mysql")
                        .nextControlFlow("else if (name.contains($S))", "sqlite").addStatement("return $S", "sqlite")
                        .endControlFlow()
                        .build())
                .addStatement("throw new $T($S + product + $S)", SQLFeatureNotSupportedException.class,
                        "Joinwright supports H2, PostgreSQL, MySQL, MariaDB and SQLite, but this connection is to '",
                        "'; run the statements of createStatements(dialect) yourself")
                .build();
    }

    private static MethodSpec onConnection(String verb, String summary) {
        return MethodSpec.methodBuilder(verb)
                .addJavadoc("$L, in the connection's dialect, on a connection the application owns\n", summary)
                .addJavadoc("({@code Database.of(connection)}): it is never closed, and a transaction open on it is\n")
                .addJavadoc("never committed here.\n")
                .addJavadoc("\n<p>Where DDL is transactional (PostgreSQL, SQLite) all statements run in one\n")
                .addJavadoc("transaction, a savepoint inside the connection's open transaction if it has one, so a\n")
                .addJavadoc("failure leaves nothing done. H2 and MySQL/MariaDB commit the open transaction at every\n")
                .addJavadoc("DDL statement: on a connection with autocommit off they refuse with an\n")
                .addJavadoc("{@code IllegalStateException} instead.\n")
                .addJavadoc("\n@throws SQLException if the database fails a statement\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addException(SQLException.class)
                .addStatement("$T.checked(() -> $L($T.of(connection)))", DDL, verb, RuntimeApi.DATABASE)
                .build();
    }

    private static MethodSpec onDataSource(String verb) {
        return MethodSpec.methodBuilder(verb)
                .addJavadoc("Like {@link #$L(Connection)}, on a connection that Joinwright takes from the data source and\n", verb)
                .addJavadoc("owns ({@code Database.of(dataSource)}).\n")
                .addJavadoc("\n@throws SQLException if the database fails a statement\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(DATA_SOURCE, "dataSource")
                .addException(SQLException.class)
                .addStatement("$T.checked(() -> $L($T.of(dataSource)))", DDL, verb, RuntimeApi.DATABASE)
                .build();
    }

    private static MethodSpec onDatabase(String verb, String summary) {
        return MethodSpec.methodBuilder(verb)
                .addJavadoc("$L, in the database's dialect, with its ownership rules: in one\n", summary)
                .addJavadoc("transaction where DDL is transactional (PostgreSQL, SQLite), joining the calling\n")
                .addJavadoc("thread's; outside any transaction on H2 and MySQL/MariaDB, whose DDL commits it. A failure\n")
                .addJavadoc("is thrown as the runtime's unchecked {@code DataAccessException}.\n")
                .addJavadoc("\n@throws IllegalStateException on H2 or MySQL/MariaDB inside a transaction, which the DDL\n")
                .addJavadoc("    would commit\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(RuntimeApi.DATABASE, "db")
                .addStatement("$T dialect = db.dialect().id()", String.class)
                .addStatement("$T.execute(db, $LStatements(dialect), TRANSACTIONAL_DDL.contains(dialect), recovery(dialect))",
                        DDL, verb)
                .build();
    }

    private static MethodSpec validateMethod() {
        ClassName difference = ClassName.get("dev.joinwright", "SchemaDifference");
        return MethodSpec.methodBuilder("validate")
                .addJavadoc("Compares the live database with this schema: tables, columns with their types and\n")
                .addJavadoc("nullability, generated keys, primary keys, FKs with their actions, unique constraints and\n")
                .addJavadoc("indexes, as the database's catalog reports them. Tables the schema does not know are not\n")
                .addJavadoc("reported. Call it at start-up, after the migrations ran.\n")
                .addJavadoc("\n@return every difference, empty when the database matches\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(java.util.List.class), difference))
                .addParameter(RuntimeApi.DATABASE, "db")
                .addStatement("return $T.validate(db, catalog(db.dialect().id()))",
                        ClassName.get("dev.joinwright.internal", "SchemaValidator"))
                .build();
    }

    /** What puts a session back after a non-transactional script failed half-way, per dialect. */
    private static MethodSpec recoveryMethod() {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (dialect) {\n$>");
        for (SqlDialect dialect : SqlDialect.values()) {
            String recovery = dialect.ddl().recoveryStatement();
            if (recovery != null) {
                cases.add("case $S -> $S;\n", dialect.id(), recovery);
            }
        }
        return MethodSpec.methodBuilder("recovery")
                .addJavadoc("The statement that puts the session back when a script fails half-way where DDL is not\n")
                .addJavadoc("transactional, or {@code null}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "dialect")
                .addCode(cases.add("default -> null;\n$<};\n").build())
                .build();
    }
}
