package dev.joinwright.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.sql.CompiledModel;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.testing.Compilations;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated schema class and resources: API, determinism, naming option, dialect detection. */
class SchemaWriterTest {
    private static final CompiledModel BLOG = CompiledModel.of("blog");

    @Test
    void twoBuildsGiveByteIdenticalFiles() throws IOException {
        Map<String, byte[]> first = files(CompiledModel.compileAgain("blog"));
        Map<String, byte[]> second = files(CompiledModel.compileAgain("blog"));
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("JoinwrightSchema.java")), first.keySet().toString());
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("META-INF/joinwright/postgresql.sql")));
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("ContentDao.java")), first.keySet().toString());
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith("ContentRecord.java")), first.keySet().toString());
        first.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, second.get(name)), name + " differs"));
    }

    private static Map<String, byte[]> files(Compilation compilation) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            try (InputStream in = file.openInputStream()) {
                files.put(file.toUri().toString(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void statementListsAreTheResourceScripts() {
        for (SqlDialect dialect : SqlDialect.values()) {
            assertEquals(BLOG.createScript(dialect), BLOG.createStatements(dialect), dialect.id());
            assertEquals(BLOG.dropScript(dialect), BLOG.dropStatements(dialect), dialect.id());
        }
    }

    @Test
    void constantsAndDialectIds() throws ReflectiveOperationException {
        Class<?> schema = BLOG.schemaClass();
        assertEquals(List.of("h2", "postgresql", "mysql", "sqlite"), schema.getField("DIALECTS").get(null));
        assertEquals(BLOG.createStatements(SqlDialect.POSTGRESQL), schema.getField("POSTGRESQL_CREATE").get(null));
        assertEquals(BLOG.dropStatements(SqlDialect.MYSQL), schema.getField("MYSQL_DROP").get(null));
        InvocationTargetException unknown = assertThrows(InvocationTargetException.class,
                () -> schema.getMethod("createStatements", String.class).invoke(null, "oracle"));
        assertTrue(unknown.getCause().getMessage().contains("unknown Joinwright dialect 'oracle'"));
    }

    @Test
    void detectsTheDialectFromTheProductName() throws ReflectiveOperationException {
        assertEquals("mysql", dialectOf("MariaDB"));
        assertEquals("mysql", dialectOf("MySQL"));
        assertEquals("postgresql", dialectOf("PostgreSQL"));
        assertEquals("h2", dialectOf("H2"));
        assertEquals("sqlite", dialectOf("SQLite"));
        InvocationTargetException oracle = assertThrows(InvocationTargetException.class, () -> dialectOf("Oracle"));
        assertTrue(oracle.getCause() instanceof SQLFeatureNotSupportedException);
        assertTrue(oracle.getCause().getMessage().contains("this connection is to 'Oracle'"));
    }

    private static String dialectOf(String product) throws ReflectiveOperationException {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(SchemaWriterTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> method.getName().equals("getDatabaseProductName") ? product : null);
        Connection connection = (Connection) Proxy.newProxyInstance(SchemaWriterTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("getMetaData") ? meta : null);
        return (String) BLOG.schemaClass().getMethod("dialect", Connection.class).invoke(null, connection);
    }

    @Test
    void theSchemaClassNameIsAnOption() {
        List<String> options = new ArrayList<>(CompiledModel.STRICT);
        options.add("-Ajoinwright.schemaClass=com.example.db.BlogSchema");
        Compilation compilation = Compilations.compile(options, sourcesOf("blog"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.db.BlogSchema");
        String script = CompiledModel.text(compilation, DdlResourceWriter.createPath(SqlDialect.H2)).orElseThrow();
        assertTrue(script.startsWith("-- Joinwright create script of com.example.db.BlogSchema for H2"), script);
    }

    @Test
    void entitiesInUnrelatedPackagesPutTheSchemaInTheFirstOnesPackageAndNavigateAcross() {
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                Compilations.source("com.shop.Customer",
                        "package com.shop;",
                        "import dev.joinwright.*;",
                        "@Entity public interface Customer {",
                        "  @Id long id();",
                        "  String name();",
                        "  @Relationship(backPopulates = \"customer\") java.util.List<org.billing.Invoice> invoices();",
                        "}"),
                Compilations.source("org.billing.Invoice",
                        "package org.billing;",
                        "import dev.joinwright.*;",
                        "@Entity public interface Invoice {",
                        "  @Id long id();",
                        "  @ForeignKey(com.shop.Customer.class) long customerId();",
                        "  @Relationship(backPopulates = \"invoices\") com.shop.Customer customer();",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.shop.JoinwrightSchema");
    }

    @Test
    void entitiesInSubpackagesShareTheirCommonPackage() {
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                Compilations.source("com.shop.a.Customer",
                        "package com.shop.a;",
                        "import dev.joinwright.*;",
                        "@Entity public interface Customer { @Id long id(); }"),
                Compilations.source("com.shop.b.Invoice",
                        "package com.shop.b;",
                        "import dev.joinwright.*;",
                        "@Entity public interface Invoice { @Id long id(); }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.shop.JoinwrightSchema");
    }

    @Test
    void anEntityInTheUnnamedPackageDoesNotPutTheSchemaThere() {
        Compilation compilation = Compilations.compile(CompiledModel.STRICT,
                Compilations.source("Zone", "import dev.joinwright.*;", "@Entity public interface Zone { @Id long id(); }"),
                Compilations.source("com.shop.Customer", "package com.shop;", "import dev.joinwright.*;",
                        "@Entity public interface Customer { @Id long id(); }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.shop.JoinwrightSchema");
    }

    @Test
    void theGeneratedClassCarriesGenerated() {
        assertThat(BLOG.compilation()).generatedSourceFile("blog.JoinwrightSchema")
                .contentsAsUtf8String()
                .contains("@Generated(\"dev.joinwright.processor.JoinwrightProcessor\")");
    }

    private static JavaFileObject[] sourcesOf(String model) {
        return List.of("Nullable", "User", "Content", "Tag").stream()
                .map(name -> Compilations.resource("models/" + model + "/" + name + ".java"))
                .toArray(JavaFileObject[]::new);
    }
}
