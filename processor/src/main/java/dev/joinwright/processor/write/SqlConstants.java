package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.dml.Sql;
import javax.lang.model.element.Modifier;

/**
 * The SQL statements of one generated DAO, each one readable {@code static final String}. A
 * statement is written once per quoting style: H2, PostgreSQL and SQLite quote reserved words with
 * double quotes, MySQL with backticks. Only where the two texts differ (the schema uses a reserved
 * word) does the DAO get a second {@code _MYSQL} constant and pick one by its {@code mysql} flag.
 */
final class SqlConstants {
    /** The name of the DAO's final boolean field that says the database is MySQL/MariaDB. */
    static final String MYSQL_FLAG = "mysql";

    private final TypeSpec.Builder type;
    private final UniqueNames names = new UniqueNames();
    private boolean needsFlag;

    SqlConstants(TypeSpec.Builder type) {
        this.type = type;
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
        needsFlag = true;
        String mysqlName = names.claim(name + "_MYSQL");
        type.addField(constant(mysqlName, mysql));
        return CodeBlock.of("($N ? $N : $N)", MYSQL_FLAG, mysqlName, name);
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

    /** Whether some statement differs on MySQL, so the DAO needs its {@code mysql} flag. */
    boolean needsMysqlFlag() {
        return needsFlag;
    }
}
