package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.dml.Sql;
import javax.lang.model.element.Modifier;

/**
 * The SQL statements of one generated DAO, each one readable {@code static final String}. A
 * statement is written once per quoting style: H2, PostgreSQL and SQLite quote reserved words and
 * mixed-case names with double quotes, MySQL with backticks. Only where the two texts differ does
 * the DAO get a second {@code _MYSQL} constant, and then it picks its dialect's text once, in its
 * constructor, into a final field that every call site reads.
 */
final class SqlConstants {
    /** Where a DAO keeps the texts it picks once: a field, and its constructor. */
    interface Choices {
        String field(String preferred);

        void initializeInConstructor(CodeBlock statement);
    }

    private final TypeSpec.Builder type;
    private final Choices choices;
    private final UniqueNames names = new UniqueNames();

    SqlConstants(TypeSpec.Builder type, Choices choices) {
        this.type = type;
        this.choices = choices;
    }

    /**
     * Adds the statement as a constant named {@code name} and answers the expression that reads it
     * in the DAO.
     */
    CodeBlock add(String preferred, Sql sql) {
        String name = names.claim(preferred);
        String standard = sql.in(SqlDialect.H2);
        String mysql = sql.in(SqlDialect.MYSQL);
        type.addField(constant(name, standard));
        if (standard.equals(mysql)) {
            return CodeBlock.of("$N", name);
        }
        String mysqlName = names.claim(name + "_MYSQL");
        type.addField(constant(mysqlName, mysql));
        String field = choices.field(fieldName(name));
        type.addField(String.class, field, Modifier.PRIVATE, Modifier.FINAL);
        choices.initializeInConstructor(CodeBlock.of("this.$N = $N == $T.MYSQL ? $N : $N", field,
                ColumnAdapter.DIALECT_FIELD, RuntimeApi.DIALECT, mysqlName, name));
        return CodeBlock.of("$N", field);
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
