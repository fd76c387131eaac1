package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JW1xx and JW2xx: entity shape, ids, column types and attributes. */
class EntityRulesTest {
    @Test
    void entityOnAClass() {
        JavaFileObject file = source("User", "@Entity public abstract class User {", "  @Id abstract long id();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW101] @Entity must be on an interface, but User is a class")
                .inFile(file).onLineContaining("public abstract class User");
    }

    @Test
    void entityOnAnEnum() {
        JavaFileObject file = source("Kind", "@Entity public enum Kind { A }");
        assertThat(compile(file)).hadErrorContaining("[JW101] @Entity must be on an interface, but Kind is an enum")
                .inFile(file).onLineContaining("public enum Kind");
    }

    @Test
    void entityOnARecord() {
        JavaFileObject file = source("Point", "@Entity public record Point(long id) {}");
        assertThat(compile(file)).hadErrorContaining("[JW101]")
                .inFile(file).onLineContaining("public record Point");
    }

    @Test
    void genericEntity() {
        JavaFileObject file = source("Box", "@Entity public interface Box<T> {", "  @Id long id();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW102] @Entity interface Box must not declare type parameters")
                .inFile(file).onLineContaining("interface Box<T>");
    }

    @Test
    void nonPublicEntity() {
        JavaFileObject file = source("Hidden", "@Entity interface Hidden {", "  @Id long id();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW103] @Entity interface Hidden must be public")
                .inFile(file).onLineContaining("interface Hidden");
    }

    @Test
    void accessorWithParameters() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  String name(int index);", "}");
        assertThat(compile(file)).hadErrorContaining("[JW104] User.name is not an accessor: it takes parameters")
                .inFile(file).onLineContaining("String name(int index);");
    }

    @Test
    void accessorReturningVoid() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  void touch();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW104] User.touch is not an accessor: it returns void")
                .inFile(file).onLineContaining("void touch();");
    }

    @Test
    void missingId() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  String name();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW201] entity User has no @Id accessor")
                .inFile(file).onLineContaining("public interface User");
    }

    @Test
    void compositeKeyCompiles() {
        JavaFileObject file = source("Seat", "@Entity public interface Seat {", "  @Id long row();",
                "  @Id int number();", "  String label();", "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void generatedCompositeKeyPart() {
        JavaFileObject file = source("Seat", "@Entity public interface Seat {", "  @Id long row();",
                "  @Id(generated = true) int number();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW215] @Id(generated = true) on Seat.number, a part of the "
                        + "composite key (row, number), but the database generates no part of a composite key. Fix: "
                        + "remove generated = true and assign every part of the key")
                .inFile(file).onLineContaining("@Id(generated = true) int number();");
    }

    @Test
    void nullableCompositeKeyPart() {
        JavaFileObject file = source("Seat", "@Entity public interface Seat {", "  @Id long row();",
                "  @Id @Nullable Integer number();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW203] @Id Seat.number must not be @Nullable. Fix: remove "
                        + "@Nullable: no part of a primary key is ever null")
                .inFile(file).onLineContaining("@Id @Nullable Integer number();");
    }

    @Test
    void nullableId() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id @Nullable Long id();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW203] @Id User.id must not be @Nullable")
                .inFile(file).onLineContaining("@Id @Nullable Long id();");
    }

    @Test
    void generatedIdThatIsAForeignKey() {
        JavaFileObject user = source("User", "@Entity public interface User {", "  @Id long id();", "}");
        JavaFileObject profile = source("Profile", "@Entity public interface Profile {",
                "  @Id @ForeignKey(User.class) long userId();", "}");
        assertThat(compile(user, profile)).hadErrorContaining("[JW207] @Id Profile.userId is a foreign key")
                .inFile(profile).onLineContaining("@Id @ForeignKey(User.class) long userId();");
        assertThat(compile(user, profile)).hadErrorContaining("use @Id(generated = false)");
    }

    @Test
    void unsupportedColumnType() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  Object payload();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW204] User.payload has type Object, which is not a supported column type")
                .inFile(file).onLineContaining("Object payload();");
    }

    @Test
    void entityTypedColumnSuggestsRelationship() {
        JavaFileObject user = source("User", "@Entity public interface User {", "  @Id long id();",
                "  List<Post> posts();", "}");
        JavaFileObject post = source("Post", "@Entity public interface Post {", "  @Id long id();", "}");
        assertThat(compile(user, post)).hadErrorContaining("Post is an entity: to navigate to it, add @Relationship to posts")
                .inFile(user).onLineContaining("List<Post> posts();");
    }

    @Test
    void nullablePrimitive() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Nullable int age();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW205] User.age is @Nullable but returns the primitive int")
                .inFile(file).onLineContaining("@Nullable int age();");
        assertThat(compile(file)).hadErrorContaining("return the boxed type Integer");
    }

    @Test
    void negativeLength() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Column(length = -5) String name();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW208] User.name has @Column(length = -5), which is negative")
                .inFile(file).onLineContaining("@Column(length = -5) String name();");
    }

    @Test
    void lengthOnNonString() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Column(length = 10) int age();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW209] @Column(length) on User.age has no effect")
                .inFile(file).onLineContaining("@Column(length = 10) int age();");
    }

    @Test
    void precisionOnNonDecimal() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  @Column(precision = 10) double score();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW209] @Column(precision) on User.score")
                .inFile(file).onLineContaining("@Column(precision = 10) double score();");
    }

    @Test
    void scaleGreaterThanPrecision() {
        JavaFileObject file = source("Item", "@Entity public interface Item {", "  @Id long id();",
                "  @Column(precision = 4, scale = 6) BigDecimal price();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW210] Item.price has scale 6 greater than its precision 4")
                .inFile(file).onLineContaining("BigDecimal price();");
    }

    @Test
    void uniqueBytes() {
        JavaFileObject file = source("Blob", "@Entity public interface Blob {", "  @Id long id();",
                "  @Column(unique = true) byte[] data();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW211]")
                .inFile(file).onLineContaining("byte[] data();");
    }

    @Test
    void duplicateColumnNames() {
        JavaFileObject file = source("User", "@Entity public interface User {", "  @Id long id();",
                "  String name();", "  @Column(name = \"NAME\") String displayName();", "}");
        assertThat(compile(file)).hadErrorContaining("[JW206] User.displayName maps to column NAME, which name already maps to")
                .inFile(file).onLineContaining("String displayName();");
    }

    @Test
    void problemsInOneEntityAreAllReportedTogether() {
        JavaFileObject file = source("User", "@Entity public interface User {",
                "  Object payload();",
                "  @Nullable int age();",
                "  void touch();", "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[JW201]");
        assertThat(compilation).hadErrorContaining("[JW204]");
        assertThat(compilation).hadErrorContaining("[JW205]");
        assertThat(compilation).hadErrorContaining("[JW104]");
    }

    @Test
    void entityOnAClassReportsOnlyJw101() {
        JavaFileObject file = source("User", "@Entity public abstract class User {", "  @Id abstract long id();",
                "  @Id long other() { return 0; }", "}");
        assertThat(compile(file)).hadErrorCount(1);
        assertThat(compile(file)).hadErrorContaining("[JW101]").inFile(file).onLineContaining("public abstract class User");
    }

    @Test
    void generatedStringIdIsJw212() {
        JavaFileObject file = source("Tag", "@Entity public interface Tag {", "  @Id(generated = true) String code();", "}");
        assertThat(compile(file)).hadErrorContaining(
                        "[JW212] @Id(generated = true) on Tag.code, but the database can only generate integral keys, not String")
                .inFile(file).onLineContaining("generated = true");
    }

    @Test
    void defaultStringIdIsNotAnError() {
        JavaFileObject file = source("Tag", "@Entity public interface Tag {", "  @Id String code();", "}");
        assertThat(compile(file)).succeeded();
    }
}
