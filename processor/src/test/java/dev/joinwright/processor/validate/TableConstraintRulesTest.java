package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinwright.processor.validate.TestEntities.compile;
import static dev.joinwright.processor.validate.TestEntities.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Unique}/{@code @Index} (JW250–JW255), {@code @Column(defaultValue)} (JW256–JW264) and
 * enum lengths (JW265): each mistake is one error on the exact annotation, with its fix.
 */
class TableConstraintRulesTest {
    private static JavaFileObject member(String annotations, String... accessors) {
        String[] lines = new String[accessors.length + 6];
        lines[0] = "enum Role { READER, ADMINISTRATOR }";
        lines[1] = annotations;
        lines[2] = "@Entity public interface Member {";
        lines[3] = "  @Id long id();";
        lines[4] = "  String lastName();";
        System.arraycopy(accessors, 0, lines, 5, accessors.length);
        lines[lines.length - 1] = "}";
        return source("Member", lines);
    }

    private static JavaFileObject withColumn(String declaration) {
        return member("", "  String firstName();", "  " + declaration);
    }

    @Test
    void uniqueNamingAMissingAccessorIsJw802WithASuggestion() {
        JavaFileObject file = member("@Unique({\"lastName\", \"firstNme\"})", "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW251] @Unique on Member names firstNme, which is not an accessor "
                        + "of Member. Fix: Did you mean \"firstName\"? Available column accessors of Member: id, lastName, firstName.")
                .inFile(file).onLineContaining("@Unique({\"lastName\", \"firstNme\"})");
    }

    @Test
    void indexNamingAMissingAccessorIsJw802() {
        JavaFileObject file = member("@Index({\"email\"})", "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW251] @Index on Member names email, which is not an accessor of Member. "
                        + "Fix: available column accessors of Member: id, lastName, firstName.")
                .inFile(file).onLineContaining("@Index({\"email\"})");
    }

    @Test
    void naminARelationshipIsJw803PointingAtItsForeignKey() {
        JavaFileObject team = source("Team", "@Entity public interface Team {", "  @Id long id();",
                "  @Relationship(backPopulates = \"team\") List<Member> members();", "}");
        JavaFileObject file = member("@Unique({\"team\", \"lastName\"})", "  @ForeignKey(Team.class) long teamId();",
                "  @Relationship(backPopulates = \"members\") Team team();");
        assertThat(compile(file, team)).hadErrorContaining("[JW252] @Unique on Member names team, which is a relationship, "
                        + "not a column. Fix: name column accessors only; the foreign-key column to Team: \"teamId\".")
                .inFile(file).onLineContaining("@Unique({\"team\", \"lastName\"})");
    }

    @Test
    void anEmptyListIsJw801() {
        JavaFileObject file = member("@Index({})", "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW250] @Index on Member names no column. "
                        + "Fix: name the accessors of its columns, e.g. @Index({\"lastName\"}).")
                .inFile(file).onLineContaining("@Index({})");
    }

    @Test
    void aColumnNamedTwiceIsJw804() {
        JavaFileObject file = member("@Unique({\"lastName\", \"lastName\"})", "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW253] @Unique on Member names lastName more than once. "
                        + "Fix: name each column once.")
                .inFile(file).onLineContaining("@Unique({\"lastName\", \"lastName\"})");
    }

    @Test
    void aRepeatedConstraintIsJw805() {
        JavaFileObject file = member("@Index({\"lastName\", \"firstName\"}) @Index({\"lastName\", \"firstName\"})",
                "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW254] @Index({\"lastName\", \"firstName\"}) on Member repeats "
                        + "another @Index with the same columns in the same order. Fix: remove one of the two.")
                .inFile(file).onLineContaining("@Index({\"lastName\", \"firstName\"}) @Index");

        JavaFileObject single = member("@Unique(\"email\")", "  @Column(unique = true) String email();");
        assertThat(compile(single)).hadErrorContaining("[JW254] @Unique({\"email\"}) on Member repeats "
                        + "@Column(unique = true) on email")
                .inFile(single).onLineContaining("@Unique(\"email\")");
    }

    @Test
    void anErrorOnARepeatedAnnotationIsOnThatAnnotation() {
        JavaFileObject file = member("@Unique({\"lastName\"})\n@Unique({\"firstNme\"})\n@Index({\"lastName\"})",
                "  String firstName();");
        assertThat(compile(file)).hadErrorContaining("[JW251] @Unique on Member names firstNme")
                .inFile(file).onLineContaining("@Unique({\"firstNme\"})");
    }

    @Test
    void aByteArrayColumnIsJw806() {
        JavaFileObject file = member("@Index({\"photo\"})", "  byte[] photo();");
        assertThat(compile(file)).hadErrorContaining("[JW255] @Index on Member names photo, a byte[] column, which not "
                        + "every database can index")
                .inFile(file).onLineContaining("@Index({\"photo\"})");
    }

    @Test
    void defaultsThatDoNotFitTheirTypeAreErrorsOnTheDefault() {
        expect(withColumn("@Column(defaultValue = \"yes\") boolean active();"),
                "[JW256] Member.active is a boolean column, but its defaultValue \"yes\" is not a boolean. "
                        + "Fix: write defaultValue = \"true\" or \"false\".", "defaultValue = \"yes\"");
        expect(withColumn("@Column(defaultValue = \"40000\") short level();"),
                "[JW257] Member.level is a short column, but its defaultValue \"40000\" is not a whole number from "
                        + "-32768 to 32767", "defaultValue = \"40000\"");
        expect(withColumn("@Column(defaultValue = \"1.5\") int points();"),
                "[JW257] Member.points is a int column, but its defaultValue \"1.5\" is not a whole number", "defaultValue");
        expect(withColumn("@Column(defaultValue = \"NaN\") double ratio();"),
                "[JW258] Member.ratio is a double column, but its defaultValue \"NaN\" is not a finite number it can hold",
                "defaultValue = \"NaN\"");
        expect(withColumn("@Column(precision = 4, scale = 2, defaultValue = \"123.4\") BigDecimal rate();"),
                "[JW259] Member.rate is a DECIMAL(4,2) column, but its defaultValue \"123.4\" does not fit it. "
                        + "Fix: write at most 2 digits before the point and 2 after it", "defaultValue = \"123.4\"");
        expect(withColumn("@Column(length = 3, defaultValue = \"four\") String code();"),
                "[JW260] Member.code holds at most 3 characters, but its defaultValue is 4 characters long",
                "defaultValue = \"four\"");
        expect(withColumn("@Column(defaultValue = \"REEDER\") Role role();"),
                "[JW261] Member.role is a Role column, but its defaultValue \"REEDER\" is not a constant of Role. "
                        + "Fix: Did you mean \"READER\"? Available constants: READER, ADMINISTRATOR.", "defaultValue = \"REEDER\"");
        expect(withColumn("@Column(defaultValue = \"now()\") java.time.Instant at();"),
                "[JW262] Member.at is a Instant column, whose only default is CURRENT_TIMESTAMP, not \"now()\". "
                        + "Fix: write defaultValue = \"CURRENT_TIMESTAMP\".", "defaultValue = \"now()\"");
        expect(withColumn("@Column(defaultValue = \"CURRENT_TIMESTAMP\") java.time.LocalDate on();"),
                "[JW262] Member.on is a LocalDate column, whose only default is CURRENT_DATE", "defaultValue");
        expect(withColumn("@Column(defaultValue = \"00000000-0000-0000-0000-000000000000\") UUID ref();"),
                "[JW263] Member.ref is a UUID column, which cannot have a default", "defaultValue");
    }

    @Test
    void aDefaultOnTheKeyIsJw815() {
        JavaFileObject file = source("Code", "@Entity public interface Code {",
                "  @Id @Column(defaultValue = \"x\") String code();", "}");
        expect(file, "[JW264] @Id Code.code has defaultValue \"x\". Fix: remove it", "defaultValue = \"x\"");
    }

    @Test
    void anEnumLengthShorterThanItsLongestConstantIsJw816() {
        expect(withColumn("@Column(length = 6) Role role();"),
                "[JW265] Member.role has @Column(length = 6), but the constant ADMINISTRATOR of Role is 13 characters long. "
                        + "Fix: use a length of at least 13, or leave length out", "length = 6");
    }

    @Test
    void constraintsDefaultsAndEnumLengthsThatFitCompileWithoutWarnings() {
        JavaFileObject file = member("@Unique({\"lastName\", \"firstName\"}) @Unique({\"firstName\", \"lastName\"})"
                        + " @Index(\"firstName\") @Index({\"lastName\", \"firstName\"})",
                "  String firstName();",
                "  @Column(length = 13, defaultValue = \"READER\") Role role();",
                "  @Column(defaultValue = \"\") String note();",
                "  @Column(defaultValue = \"-1e3\") double ratio();",
                "  @Column(defaultValue = \"CURRENT_DATE\") java.time.LocalDate joinedOn();",
                "  @Column(defaultValue = \"CURRENT_TIMESTAMP\") java.time.OffsetDateTime at();");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    private static void expect(JavaFileObject file, String message, String line) {
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
        assertThat(compilation).hadErrorCount(1);
    }
}
