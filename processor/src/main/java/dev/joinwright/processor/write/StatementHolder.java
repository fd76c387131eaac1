package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.sql.SqlDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * One dialect's DDL statements, in a nested class of the schema class with methods
 * {@code create()} and {@code drop()}. A class file has a 64 KB limit per method and a 65,535-entry
 * constant pool: one holder per dialect keeps each dialect's strings in its own class, and a long
 * script is built by methods of {@value #CHUNK} statements each, so a model of thousands of entities
 * still compiles.
 */
final class StatementHolder {
    /** Statements per generated method: far under the 64 KB limit whatever their length. */
    static final int CHUNK = 100;

    private StatementHolder() {}

    static String holderName(SqlDialect dialect) {
        String id = dialect.name();
        return id.charAt(0) + id.substring(1).toLowerCase(Locale.ROOT) + "Statements";
    }

    static TypeSpec holder(SqlDialect dialect, List<String> create, List<String> drop, List<String> catalog) {
        TypeSpec.Builder type = TypeSpec.classBuilder(holderName(dialect))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        addStatements(type, "create", create);
        addStatements(type, "drop", drop);
        addStatements(type, "catalog", catalog);
        return type.build();
    }

    private static void addStatements(TypeSpec.Builder type, String verb, List<String> sql) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(verb)
                .addModifiers(Modifier.STATIC)
                .returns(SchemaWriter.STATEMENTS);
        if (sql.size() <= CHUNK) {
            type.addMethod(method.addStatement("return $L", listOf(sql)).build());
            return;
        }
        method.addStatement("$T<$T> statements = new $T<>($L)", List.class, String.class, ArrayList.class, sql.size());
        for (int from = 0, part = 0; from < sql.size(); from += CHUNK, part++) {
            String name = verb + part;
            method.addStatement("$N(statements)", name);
            type.addMethod(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(SchemaWriter.STATEMENTS, "statements")
                    .addStatement("$T.addAll(statements, $L)", Collections.class,
                            strings(sql.subList(from, Math.min(sql.size(), from + CHUNK))))
                    .build());
        }
        type.addMethod(method.addStatement("return $T.copyOf(statements)", List.class).build());
    }

    private static CodeBlock listOf(List<String> sql) {
        return sql.isEmpty() ? CodeBlock.of("$T.of()", List.class) : CodeBlock.of("$T.of($L)", List.class, strings(sql));
    }

    private static CodeBlock strings(List<String> sql) {
        CodeBlock.Builder block = CodeBlock.builder().add("\n$>$>");
        for (int i = 0; i < sql.size(); i++) {
            block.add(i + 1 < sql.size() ? "$S,\n" : "$S", sql.get(i));
        }
        return block.add("$<$<").build();
    }
}
