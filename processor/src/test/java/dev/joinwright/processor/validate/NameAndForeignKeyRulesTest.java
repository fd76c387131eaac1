package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW3xx foreign keys, JW6xx names, JW7xx schema-wide. */
class NameAndForeignKeyRulesTest {
    private static final JavaFileObject USER = source("User",
            "@Entity(table = \"users\") public interface User {", "  @Id long id();", "  String email();", "}");

    @Test
    void foreignKeyToNonEntity() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(String.class) long ownerId();", "}");
        assertThat(compile(USER, post)).hadErrorContaining(
                        "[JW301] @ForeignKey on Post.ownerId refers to String, which is not an @Entity of this compilation")
                .inFile(post).onLineContaining("@ForeignKey(String.class) long ownerId();");
    }

    @Test
    void foreignKeyColumnMissing() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(value = User.class, column = \"idd\") long ownerId();", "}");
        assertThat(compile(USER, post)).hadErrorContaining(
                        "[JW302] @ForeignKey on Post.ownerId names column idd, which User does not have")
                .inFile(post).onLineContaining("column = \"idd\"");
        assertThat(compile(USER, post)).hadErrorContaining("Did you mean \"id\"? Available columns of User: id, email");
    }

    @Test
    void foreignKeyColumnNotId() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(value = User.class, column = \"email\") String ownerEmail();", "}");
        assertThat(compile(USER, post)).hadErrorContaining(
                        "[JW303] @ForeignKey on Post.ownerEmail names column email, which is not the @Id column of User")
                .inFile(post).onLineContaining("column = \"email\"");
        assertThat(compile(USER, post)).hadErrorContaining("reference the @Id column id");
    }

    @Test
    void foreignKeyTypeMismatch() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(User.class) int ownerId();", "}");
        assertThat(compile(USER, post)).hadErrorContaining(
                        "[JW304] Post.ownerId has type int but references User.id of type long")
                .inFile(post).onLineContaining("int ownerId();");
    }

    @Test
    void boxedForeignKeyMatchesPrimitiveId() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(User.class) Long ownerId();", "}");
        assertThat(compile(USER, post)).succeededWithoutWarnings();
    }

    @Test
    void setNullOnNotNullColumn() {
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();",
                "  @ForeignKey(value = User.class,", "      onDelete = ReferentialAction.SET_NULL)", "  long ownerId();", "}");
        assertThat(compile(USER, post)).hadErrorContaining(
                        "[JW305] Post.ownerId has onDelete = SET_NULL but the column is NOT NULL")
                .inFile(post).onLineContaining("onDelete = ReferentialAction.SET_NULL");
    }

    @Test
    void duplicateTableCaseInsensitive() {
        JavaFileObject other = source("Account", "@Entity(table = \"USERS\") public interface Account {",
                "  @Id long id();", "}");
        assertThat(compile(USER, other)).hadErrorContaining(
                        "[JW701] entities test.Account and test.User both map to table")
                .inFile(USER).onLineContaining("@Entity(table = \"users\")");
    }

    @Test
    void invalidTableName() {
        JavaFileObject file = source("Bad", "@Entity(table = \"bad-table; drop\") public interface Bad {",
                "  @Id long id();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW602] table name \"bad-table; drop\" of Bad is not a valid SQL identifier")
                .inFile(file).onLineContaining("@Entity(table = \"bad-table; drop\")");
    }

    @Test
    void blankColumnName() {
        JavaFileObject file = source("Bad", "@Entity public interface Bad {", "  @Id long id();",
                "  @Column(name = \"  \") String title();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW601] column name of Bad.title is blank")
                .inFile(file).onLineContaining("@Column(name = \"  \") String title();");
    }

    @Test
    void quotedColumnName() {
        JavaFileObject file = source("Bad", "@Entity public interface Bad {", "  @Id long id();",
                "  @Column(name = \"\\\"title\\\"\") String title();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW602] column name")
                .inFile(file).onLineContaining("String title();");
    }

    @Test
    void nameTooLongForPostgres() {
        String name = "a".repeat(64);
        JavaFileObject file = source("Bad", "@Entity public interface Bad {", "  @Id long id();",
                "  @Column(name = \"" + name + "\") String title();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW603] column name \"" + name + "\" of Bad.title is 64 bytes long, past PostgreSQL's limit of 63 bytes")
                .inFile(file).onLineContaining("String title();");
    }

    @Test
    void notNullForeignKeyCycle() {
        JavaFileObject order = source("Order", "@Entity(table = \"orders\") public interface Order {",
                "  @Id long id();", "  @ForeignKey(Customer.class) long customerId();", "}");
        JavaFileObject customer = source("Customer", "@Entity public interface Customer {",
                "  @Id long id();", "  @ForeignKey(Order.class) long lastOrderId();", "}");
        String path = "Customer.lastOrderId → Order.customerId → Customer";
        assertThat(compile(order, customer)).hadErrorContaining("[JW702] NOT NULL foreign keys form a cycle")
                .inFile(customer).onLineContaining("long lastOrderId();");
        assertThat(compile(order, customer)).hadErrorContaining(path)
                .inFile(order).onLineContaining("long customerId();");
        assertThat(compile(order, customer)).hadErrorContaining("make one foreign key of the cycle @Nullable");
    }

    @Test
    void nullableForeignKeyBreaksTheCycle() {
        JavaFileObject order = source("Order", "@Entity(table = \"orders\") public interface Order {",
                "  @Id long id();", "  @ForeignKey(Customer.class) long customerId();", "}");
        JavaFileObject customer = source("Customer", "@Entity public interface Customer {",
                "  @Id long id();", "  @ForeignKey(Order.class) @Nullable Long lastOrderId();", "}");
        assertThat(compile(order, customer)).succeededWithoutWarnings();
    }
}
