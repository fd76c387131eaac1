package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.dml.Sql;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The SQL statements of one generated DAO, each one readable {@code static final String}. A
 * statement is written once per quoting style: H2, PostgreSQL and SQLite quote reserved words and
 * mixed-case names with double quotes, MySQL with backticks. Only where the two texts differ does
 * the DAO get a second {@code _MYSQL} constant; a statement that differs in more than quoting (a
 * lock, a {@code RETURNING} clause) gets one constant per distinct text. The DAO picks its
 * dialect's text once, in its constructor, into a final field that every call site reads.
 */
final class SqlConstants {
    /** Where a DAO keeps the texts it picks once: a field, and its constructor. */
    interface Choices {
        String field(String preferred);

        void initializeInConstructor(CodeBlock statement);
    }

    private final TypeSpec.Builder type;
    private final Choices choices;
    private final UniqueNames names;

    /** @param names the registry of the DAO's static constants, shared with its other constants */
    SqlConstants(TypeSpec.Builder type, Choices choices, UniqueNames names) {
        this.type = type;
        this.choices = choices;
        this.names = names;
    }

    /**
     * Adds the statement as constants and answers the expression that reads the dialect's text in
     * the DAO. A dialect whose text is {@code null} has no such statement, and the expression is
     * {@code null} there. One constant when every dialect has the same text; {@code NAME} and
     * {@code NAME_MYSQL} when only MySQL's quoting differs; else one constant per distinct text
     * ({@code NAME} for H2's, {@code NAME_<DIALECT>} for the others) and a switch. The DAO picks its
     * text once, in its constructor, into a final field.
     */
    CodeBlock add(String preferred, Sql sql) {
        String name = names.claim(preferred);
        Map<SqlDialect, String> texts = new EnumMap<>(SqlDialect.class);
        for (SqlDialect dialect : SqlDialect.values()) {
            texts.put(dialect, sql.in(dialect));
        }
        String standard = texts.get(SqlDialect.H2);
        if (standard != null && texts.values().stream().allMatch(standard::equals)) {
            type.addField(constant(name, standard));
            return CodeBlock.of("$N", name);
        }
        String field = choices.field(fieldName(name));
        if (standard != null && texts.get(SqlDialect.MYSQL) != null
                && standard.equals(texts.get(SqlDialect.POSTGRESQL)) && standard.equals(texts.get(SqlDialect.SQLITE))) {
            type.addField(constant(name, standard));
            String mysqlName = names.claim(name + "_MYSQL");
            type.addField(constant(mysqlName, texts.get(SqlDialect.MYSQL)));
            type.addField(String.class, field, Modifier.PRIVATE, Modifier.FINAL);
            choices.initializeInConstructor(CodeBlock.of("this.$N = $N == $T.MYSQL ? $N : $N", field,
                    DaoContext.DIALECT, RuntimeApi.DIALECT, mysqlName, name));
            return CodeBlock.of("$N", field);
        }
        type.addField(String.class, field, Modifier.PRIVATE, Modifier.FINAL);
        choices.initializeInConstructor(choice(field, name, texts));
        return CodeBlock.of("$N", field);
    }

    /** {@code this.field = switch (dialect) { case H2, POSTGRESQL -> NAME; case SQLITE -> null; ... }}. */
    private CodeBlock choice(String field, String name, Map<SqlDialect, String> texts) {
        Map<String, List<SqlDialect>> byText = new LinkedHashMap<>();
        List<SqlDialect> without = new ArrayList<>();
        texts.forEach((dialect, text) -> {
            if (text == null) {
                without.add(dialect);
            } else {
                byText.computeIfAbsent(text, t -> new ArrayList<>()).add(dialect);
            }
        });
        CodeBlock.Builder choose = CodeBlock.builder().add("this.$N = switch ($N) {\n$>", field, DaoContext.DIALECT);
        byText.forEach((text, dialects) -> {
            String constant = dialects.contains(SqlDialect.H2) ? name : names.claim(name + "_" + dialects.get(0).name());
            type.addField(constant(constant, text));
            choose.add("case $L -> $N;\n", cases(dialects), constant);
        });
        if (!without.isEmpty()) {
            choose.add("case $L -> null;\n", cases(without));
        }
        return choose.add("$<}").build();
    }

    private static String cases(List<SqlDialect> dialects) {
        return dialects.stream().map(SqlDialect::name).collect(Collectors.joining(", "));
    }

    /**
     * Adds a statement only databases that quote with double quotes run (such as an
     * {@code = ANY(?)} query, which MySQL never gets), as one constant.
     */
    CodeBlock addStandard(String preferred, Sql sql) {
        String name = names.claim(preferred);
        type.addField(constant(name, sql.in(SqlDialect.H2)));
        return CodeBlock.of("$N", name);
    }

    /** Adds {@code private static final String[] NAME = {"id", "title"}}; answers its name. */
    String addNames(String preferred, List<String> values) {
        String name = names.claim(preferred);
        CodeBlock initializer = CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
        type.addField(FieldSpec.builder(String[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", initializer)
                .build());
        return name;
    }

    /** Adds a constant of any type, {@code private static final T NAME = initializer}; answers its name. */
    String addConstant(String preferred, TypeName constantType, CodeBlock initializer) {
        String name = names.claim(preferred);
        type.addField(FieldSpec.builder(constantType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        return name;
    }

    /** Adds one dialect's text as a constant; answers the constant's name. */
    String addOne(String preferred, String sql) {
        String name = names.claim(preferred);
        type.addField(constant(name, sql));
        return name;
    }

    private static FieldSpec constant(String name, String sql) {
        return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", sql)
                .build();
    }

    /** {@code FIND_BY_ID} → {@code findByIdSql}. */
    private static String fieldName(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? part : dev.joinwright.processor.model.Naming.capitalize(part));
        }
        return name.append("Sql").toString();
    }
}
