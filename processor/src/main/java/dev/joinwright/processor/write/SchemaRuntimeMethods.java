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
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The JDBC half of the schema class: {@code dialect(Connection)}, {@code create}/{@code drop} over
 * a {@code Connection} or a {@code DataSource}, and the private {@code execute} that runs a list
 * of statements in one transaction where the database's DDL is transactional, enables SQLite's
 * FKs first, and always restores the connection's auto-commit.
 */
final class SchemaRuntimeMethods {
    private static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
    private static final ClassName DATABASE = ClassName.get("dev.joinwright", "Database");

    private SchemaRuntimeMethods() {}

    static void addTo(TypeSpec.Builder type) {
        type.addField(transactionalField())
                .addMethod(dialectMethod())
                .addMethod(onConnection("create", "Creates every table, constraint and index"))
                .addMethod(onConnection("drop", "Drops every table of this schema that exists (a database behind or ahead of\nthis schema is fine)"))
                .addMethod(onDataSource("create"))
                .addMethod(onDataSource("drop"))
                .addMethod(onDatabase("create"))
                .addMethod(onDatabase("drop"))
                .addMethod(executeMethod())
                .addMethod(rollbackMethod())
                .addMethod(recoverMethod());
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
                .addJavadoc("$L, in the connection's dialect.\n", summary)
                .addJavadoc("\n<p>Where DDL is transactional (PostgreSQL, SQLite) all statements run in one\n")
                .addJavadoc("transaction. A transaction already open on the connection is committed first, and\n")
                .addJavadoc("the connection's auto-commit mode is restored. On SQLite, foreign keys are enabled\n")
                .addJavadoc("first ({@code PRAGMA foreign_keys = ON}).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addException(SQLException.class)
                .addStatement("$T dialect = dialect(connection)", String.class)
                .addStatement("execute(connection, dialect, $LStatements(dialect))", verb)
                .build();
    }

    private static MethodSpec onDataSource(String verb) {
        return MethodSpec.methodBuilder(verb)
                .addJavadoc("Like {@link #$L(Connection)}, on a connection borrowed from the data source.\n", verb)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(DATA_SOURCE, "dataSource")
                .addException(SQLException.class)
                .beginControlFlow("try ($T connection = dataSource.getConnection())", Connection.class)
                .addStatement("$L(connection)", verb)
                .endControlFlow()
                .build();
    }

    private static MethodSpec onDatabase(String verb) {
        return MethodSpec.methodBuilder(verb)
                .addJavadoc("Like {@link #$L(Connection)}, over a Joinwright {@code Database}; a failure is thrown\n", verb)
                .addJavadoc("as the runtime's unchecked {@code DataAccessException}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(DATABASE, "db")
                .addStatement("db.withConnection(connection -> {\n$>$L(connection);\nreturn null;\n$<})", verb)
                .build();
    }

    private static MethodSpec executeMethod() {
        return MethodSpec.methodBuilder("execute")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addParameter(String.class, "dialect")
                .addParameter(SchemaWriter.STATEMENTS, "statements")
                .addException(SQLException.class)
                .addStatement("boolean autoCommit = connection.getAutoCommit()")
                .addStatement("boolean transactional = TRANSACTIONAL_DDL.contains(dialect)")
                .beginControlFlow("try ($T statement = connection.createStatement())", Statement.class)
                .addStatement("connection.setAutoCommit(true)")
                .beginControlFlow("if (dialect.equals($S))", "sqlite")
                .addStatement("statement.execute($S)", "PRAGMA foreign_keys = ON")
                .endControlFlow()
                .addStatement("connection.setAutoCommit(!transactional)")
                .beginControlFlow("try")
                .beginControlFlow("for ($T sql : statements)", String.class)
                .addStatement("statement.execute(sql)")
                .endControlFlow()
                .beginControlFlow("if (transactional)")
                .addStatement("connection.commit()")
                .endControlFlow()
                .nextControlFlow("catch ($T | $T e)", SQLException.class, RuntimeException.class)
                .beginControlFlow("if (transactional)")
                .addStatement("rollback(connection, e)")
                .nextControlFlow("else if (dialect.equals($S))", SqlDialect.MYSQL.id())
                .addStatement("recover(statement, $S, e)", SqlDialect.MYSQL.ddl().recoveryStatement())
                .endControlFlow()
                .addStatement("throw e")
                .endControlFlow()
                .nextControlFlow("finally")
                .addStatement("connection.setAutoCommit(autoCommit)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec recoverMethod() {
        return MethodSpec.methodBuilder("recover")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Statement.class, "statement")
                .addParameter(String.class, "sql")
                .addParameter(Exception.class, "failure")
                .beginControlFlow("try")
                .addStatement("statement.execute(sql)")
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec rollbackMethod() {
        return MethodSpec.methodBuilder("rollback")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addParameter(Exception.class, "failure")
                .beginControlFlow("try")
                .addStatement("connection.rollback()")
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("failure.addSuppressed(e)")
                .endControlFlow()
                .build();
    }
}
