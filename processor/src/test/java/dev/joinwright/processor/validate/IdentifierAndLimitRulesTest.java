package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names the DDL derives, not only those written, go through the dialect description: JW602/JW603
 * for derived names, JW604 for PostgreSQL system columns, JW213/JW214 for MySQL/MariaDB's maxima.
 */
class IdentifierAndLimitRulesTest {
    @Test
    void derivedNonAsciiColumnNameIsJw602OnTheAccessor() {
        JavaFileObject file = source("Menu", "@Entity public interface Menu {", "  @Id long id();",
                "  String café();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW602] column name \"café\", derived from the Java name of Menu.café, is not a valid SQL identifier. "
                                + "Fix: name it explicitly with @Column(name = \"...\") using only ASCII letters, digits and "
                                + "underscores, e.g. \"cafe\"")
                .inFile(file).onLineContaining("String café();");
    }

    @Test
    void derivedNonAsciiTableNameIsJw602OnTheEntity() {
        JavaFileObject file = source("Größe", "@Entity public interface Größe {", "  @Id long id();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW602] table name \"größe\", derived from the Java name of Größe")
                .inFile(file).onLineContaining("public interface Größe");
    }

    @Test
    void derivedAssociationColumnPastPostgresLimitIsJw603() {
        String longName = "A" + "b".repeat(68);
        JavaFileObject tag = source("Tag", "@Entity public interface Tag {", "  @Id long id();",
                "  @Relationship(secondary = \"links\", backPopulates = \"tags\") List<" + longName + "> owners();", "}");
        JavaFileObject owner = source(longName, "@Entity(table = \"owner\") public interface " + longName + " {",
                "  @Id long id();",
                "  @Relationship(secondary = \"links\", backPopulates = \"owners\") List<Tag> tags();", "}");
        assertThat(compile(tag, owner)).hadErrorContaining("[JW603] joinColumn \"a" + "b".repeat(68) + "_id\", derived from "
                        + "the Java name of " + longName + ".tags, is 72 bytes long, past PostgreSQL's limit of 63 bytes. "
                        + "Fix: name it explicitly with joinColumn = \"...\"")
                .inFile(owner).onLineContaining("List<Tag> tags();");
    }

    @Test
    void postgresSystemColumnIsJw604() {
        JavaFileObject file = source("Row", "@Entity public interface Row {", "  @Id long id();",
                "  long xmin();", "  @Column(name = \"ctid\") String position();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW604] column name \"xmin\" of Row.xmin is a system column of PostgreSQL, which no table can declare, "
                                + "quoted or not. Fix: give the column another name, e.g. @Column(name = \"xmin_value\")")
                .inFile(file).onLineContaining("long xmin();");
        assertThat(compile(file)).hadErrorContaining("[JW604] column name \"ctid\" of Row.position")
                .inFile(file).onLineContaining("name = \"ctid\"");
    }

    @Test
    void lengthPastMariaDbVarcharIsJw213() {
        JavaFileObject file = source("Doc", "@Entity public interface Doc {", "  @Id long id();",
                "  @Column(length = 100000) String body();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW213] Doc.body has @Column(length = 100000), past MySQL/MariaDB's longest VARCHAR of 16383 characters")
                .inFile(file).onLineContaining("length = 100000");
    }

    @Test
    void precisionAndScalePastMariaDbDecimalAreJw214() {
        JavaFileObject file = source("Amount", "@Entity public interface Amount {", "  @Id long id();",
                "  @Column(precision = 100) BigDecimal big();", "  @Column(precision = 60, scale = 40) BigDecimal fine();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW214] Amount.big has @Column(precision = 100), past MySQL/MariaDB's limit of 65 digits")
                .inFile(file).onLineContaining("precision = 100");
        assertThat(compile(file)).hadErrorContaining("[JW214] Amount.fine has @Column(scale = 40), past MySQL/MariaDB's limit of 30 digits")
                .inFile(file).onLineContaining("scale = 40");
    }

    @Test
    void limitsThatFitEveryDialectCompile() {
        JavaFileObject file = source("Doc", "@Entity public interface Doc {", "  @Id long id();",
                "  @Column(length = 16383) String body();", "  @Column(precision = 65, scale = 30) BigDecimal amount();",
                "  String portion();", "  String escape();", "}");
        assertThat(compile(file)).succeeded();
    }
}
