package dev.joinwright.processor.validate;

/**
 * Every message the processor reports, in one catalogue. Each has a stable tag (users search for
 * it; tests match on it), a text saying what is wrong and a hint saying how to fix it. Arguments
 * are shared by text and hint ({@code %1$s}, {@code %2$s}, ...).
 */
public enum Message {
    // Entities: JW1xx
    ENTITY_NOT_INTERFACE("JW101", "@Entity must be on an interface, but %1$s is %2$s",
            "declare %1$s as a public interface; Joinwright generates the implementation (%1$sRecord)"),
    ENTITY_GENERIC("JW102", "@Entity interface %1$s must not declare type parameters",
            "remove the type parameters; each table needs one concrete entity type"),
    ENTITY_NOT_PUBLIC("JW103", "@Entity interface %1$s must be public",
            "add the public modifier: the generated record and DAO implement it from generated code"),
    ENTITY_INCOMPLETE("JW105", "entity %1$s refers to types that no round of annotation processing generated",
            "check the types of its accessors and @ForeignKey targets, and the processor that should generate them"),
    MALFORMED_ACCESSOR("JW104", "%1$s.%2$s is not an accessor: %3$s",
            "declare columns and relationships as methods with no parameters and a return type, "
                    + "or make %2$s a default method"),

    // Keys and columns: JW2xx
    MISSING_ID("JW201", "entity %1$s has no @Id accessor",
            "mark the primary-key accessor with @Id, e.g. `@Id long id();`"),
    NULLABLE_ID("JW203", "@Id %1$s.%2$s must not be @Nullable",
            "remove @Nullable: no part of a primary key is ever null"),
    UNSUPPORTED_TYPE("JW204", "%1$s.%2$s has type %3$s, which is not a supported column type",
            "use one of boolean, short, int, long, float, double (or their boxes), String, BigDecimal, "
                    + "byte[], UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant or an enum%4$s"),
    NULLABLE_PRIMITIVE("JW205", "%1$s.%2$s is @Nullable but returns the primitive %3$s",
            "return the boxed type %4$s, or drop @Nullable"),
    DUPLICATE_COLUMN("JW206", "%1$s.%2$s maps to column %3$s, which %4$s already maps to",
            "give one of them another name with @Column(name = \"...\")"),
    GENERATED_FOREIGN_KEY_ID("JW207", "@Id %1$s.%2$s is a foreign key, so the database cannot generate it",
            "use @Id(generated = false): the key is copied from the referenced %3$s"),
    NEGATIVE_COLUMN_ATTRIBUTE("JW208", "%1$s.%2$s has @Column(%3$s = %4$s), which is negative",
            "use a positive %3$s, or leave it out for the default"),
    MISPLACED_COLUMN_ATTRIBUTE("JW209", "@Column(%3$s) on %1$s.%2$s has no effect on a column of type %4$s",
            "%5$s"),
    SCALE_EXCEEDS_PRECISION("JW210", "%1$s.%2$s has scale %3$s greater than its precision %4$s",
            "use a scale of at most %4$s, or raise the precision"),
    UNIQUE_BYTES("JW211", "%1$s.%2$s is a byte[] column and cannot be @Column(unique = true)",
            "drop unique, or store a hash of the bytes in a unique String column"),
    GENERATED_NON_INTEGRAL_ID("JW212", "@Id(generated = true) on %1$s.%2$s, but the database can only generate integral keys, not %3$s",
            "remove generated = true: a %3$s key is assigned by the application; or use a long key"),
    GENERATED_COMPOSITE_KEY_PART("JW215", "@Id(generated = true) on %1$s.%2$s, a part of the composite key (%3$s), "
            + "but the database generates no part of a composite key",
            "remove generated = true and assign every part of the key; or key %1$s by one generated @Id "
                    + "and declare the parts as columns"),
    LENGTH_PAST_LIMIT("JW213", "%1$s.%2$s has @Column(length = %3$s), past %4$s's longest VARCHAR of %5$s characters",
            "use a length of at most %5$s"),
    DECIMAL_PAST_LIMIT("JW214", "%1$s.%2$s has @Column(%3$s = %4$s), past %5$s's limit of %6$s digits",
            "use a %3$s of at most %6$s"),

    // Foreign keys: JW3xx
    FOREIGN_KEY_TARGET_NOT_ENTITY("JW301", "@ForeignKey on %1$s.%2$s refers to %3$s, which is not an @Entity of this compilation",
            "refer to one of the entities: %4$s"),
    FOREIGN_KEY_COLUMN_MISSING("JW302", "@ForeignKey on %1$s.%2$s names column %3$s, which %4$s does not have",
            "%5$s"),
    FOREIGN_KEY_COLUMN_NOT_ID("JW303", "@ForeignKey on %1$s.%2$s names column %3$s, which is not the @Id column of %4$s",
            "reference the @Id column %5$s, or leave column out (it defaults to the @Id column)"),
    FOREIGN_KEY_TYPE_MISMATCH("JW304", "%1$s.%2$s has type %3$s but references %4$s.%5$s of type %6$s",
            "declare %2$s as %6$s (boxed or not)"),
    COMPOSITE_FOREIGN_KEY_COLUMN_REQUIRED("JW306", "@ForeignKey on %1$s.%2$s refers to %3$s, whose key is composite (%4$s), "
            + "without naming the key column it references",
            "add column = \"...\" naming one of %4$s, and one such accessor for each of them"),
    COMPOSITE_FOREIGN_KEY_COLUMN_NOT_KEY("JW307", "@ForeignKey on %1$s.%2$s names column %3$s, which is not part of the "
            + "composite key of %4$s (%5$s)",
            "name one of the key columns %5$s"),
    COMPOSITE_FOREIGN_KEY_PARTIAL("JW308", "the @ForeignKey accessors of %1$s to %2$s (%3$s) reference %4$s, "
            + "which is not the composite key of %2$s (%5$s)",
            "%6$s"),
    COMPOSITE_FOREIGN_KEY_ACTIONS("JW309", "the @ForeignKey accessors of %1$s to %2$s (%3$s) form one constraint "
            + "but disagree on %4$s (%5$s)",
            "give every accessor of the constraint the same %4$s"),
    SET_NULL_ON_NOT_NULL("JW305", "%1$s.%2$s has %3$s = SET_NULL but the column is NOT NULL",
            "mark the accessor @Nullable (with a boxed type), or choose another action"),

    // Relationships: JW4xx
    RELATIONSHIP_TARGET_NOT_ENTITY("JW401", "@Relationship %1$s.%2$s returns %3$s, and %4$s is not an @Entity of this compilation",
            "return an entity (T, Optional<T>, List<T>, Set<T> or Collection<T>) of: %5$s; "
                    + "for a plain column, remove @Relationship"),
    RELATIONSHIP_UNSUPPORTED_CONTAINER("JW402", "@Relationship %1$s.%2$s returns %3$s, which is not a supported relationship type",
            "return T, Optional<T>, List<T>, Set<T> or Collection<T> of an entity"),
    ONE_TO_MANY_WITHOUT_FOREIGN_KEY("JW403", "@Relationship %1$s.%2$s is a collection of %3$s, but %3$s has no @ForeignKey to %1$s",
            "add `@ForeignKey(%1$s.class) long %4$sId()` to %3$s, or use secondary for many-to-many"),
    SINGLE_WITHOUT_FOREIGN_KEY("JW404", "@Relationship %1$s.%2$s has no foreign key: neither %1$s has an @ForeignKey to %3$s, "
            + "nor %3$s a unique @ForeignKey to %1$s",
            "add `@ForeignKey(%3$s.class) long %4$sId()` to %1$s (many-to-one), or a unique FK to %1$s on %3$s (one-to-one)"),
    AMBIGUOUS_FOREIGN_KEY("JW405", "@Relationship %1$s.%2$s could go through any of these foreign keys: %3$s",
            "pick one with @Relationship(foreignKey = \"%4$s\")"),
    FOREIGN_KEY_NOT_CANDIDATE("JW406", "@Relationship %1$s.%2$s names foreignKey %3$s, %4$s",
            "%5$s"),
    BACK_POPULATES_MISSING("JW407", "@Relationship %1$s.%2$s has backPopulates = \"%3$s\", but %4$s has no relationship %3$s",
            "%5$s"),
    BACK_POPULATES_COLUMN("JW408", "@Relationship %1$s.%2$s has backPopulates = \"%3$s\", but %4$s.%3$s is a column, not a relationship",
            "name the relationship on %4$s that points back to %1$s%5$s"),
    BACK_POPULATES_NOT_BACK("JW409", "@Relationship %1$s.%2$s has backPopulates = \"%3$s\", but %4$s.%3$s points to %5$s, not back to %1$s",
            "name a relationship of %4$s whose type is %1$s"),
    BACK_POPULATES_SHAPE("JW410", "@Relationship %1$s.%2$s and %3$s.%4$s cannot be two sides of one relationship: %5$s",
            "%6$s"),
    BACK_POPULATES_DISAGREE("JW411", "@Relationship %1$s.%2$s has backPopulates = \"%3$s\", but %4$s.%3$s has backPopulates = \"%5$s\"",
            "make the two sides name each other: %4$s.%3$s should have backPopulates = \"%2$s\""),
    ORDER_BY_INVALID("JW412", "@Relationship %1$s.%2$s has orderBy = \"%3$s\", which is not a column optionally followed by ASC or DESC",
            "write orderBy = \"column\" or \"column DESC\"; available columns of %4$s: %5$s"),
    ORDER_BY_UNKNOWN_COLUMN("JW413", "@Relationship %1$s.%2$s orders by %3$s, which is not a column of %4$s",
            "%5$s"),
    NULLABLE_FOREIGN_KEY_NOT_OPTIONAL("JW414", "@Relationship %1$s.%2$s goes through the nullable foreign key %1$s.%3$s, "
            + "but returns %4$s, which cannot be absent",
            "return Optional<%5$s> (or mark it @Nullable), or make %3$s NOT NULL"),
    MANY_TO_MANY_WITHOUT_SECONDARY("JW416", "@Relationship %1$s.%2$s and %3$s.%4$s are both collections, so together they are a "
            + "many-to-many, but neither names its association table",
            "add secondary = \"%5$s\" to both sides"),
    ONE_TO_ONE_INVERSE_NOT_OPTIONAL("JW415", "@Relationship %1$s.%2$s is the parent side of a one-to-one (via %3$s.%4$s), "
            + "but returns %5$s, which cannot be absent",
            "return Optional<%3$s> (or mark it @Nullable): a %1$s may have no %3$s"),

    // Many-to-many: JW5xx
    SECONDARY_MISMATCH("JW501", "@Relationship %1$s.%2$s has secondary = \"%3$s\", but its other side %4$s.%5$s has secondary = \"%6$s\"",
            "name the same association table on both sides"),
    ASSOCIATION_OBJECT_FOREIGN_KEYS("JW502", "@Relationship %1$s.%2$s has secondary = \"%3$s\", the table of entity %4$s, "
            + "which has %5$s foreign keys to %6$s, but an association object needs exactly one simple foreign key to each side",
            "give %4$s one @ForeignKey(%6$s.class) accessor, or give the association table its own name, e.g. \"%7$s\""),
    ASSOCIATION_OBJECT_JOIN_COLUMN("JW510", "@Relationship %1$s.%2$s sets %3$s, but secondary = \"%4$s\" is the table of "
            + "entity %5$s, whose foreign-key columns are the association's columns",
            "remove %3$s"),
    SELF_MANY_TO_MANY_COLUMNS("JW503", "self-referential many-to-many %1$s.%2$s must name its association columns",
            "add joinColumn and inverseJoinColumn, e.g. joinColumn = \"follower_id\", inverseJoinColumn = \"followed_id\""),
    SECONDARY_ON_SINGLE("JW504", "@Relationship %1$s.%2$s has secondary = \"%3$s\" but returns the single-valued %4$s",
            "return List<%5$s>, Set<%5$s> or Collection<%5$s> for many-to-many, or remove secondary"),
    SECONDARY_CONFLICT("JW505", "@Relationship %1$s.%2$s declares association table %3$s as %4$s, but %5$s.%6$s declares it as %7$s",
            "use another secondary name for a different pair, or the same columns for the same pair"),
    SAME_JOIN_COLUMNS("JW506", "@Relationship %1$s.%2$s uses column %3$s for both sides of association table %4$s",
            "give joinColumn and inverseJoinColumn different names"),
    MANY_TO_MANY_COMPOSITE_KEY("JW508", "@Relationship %1$s.%2$s is a many-to-many, but %3$s has a composite key (%4$s), "
            + "and an association table links single-column keys",
            "navigate through an entity instead: one-to-many from each side to an entity keyed by both FKs"),
    JOIN_COLUMN_WITHOUT_SECONDARY("JW507", "@Relationship %1$s.%2$s sets %3$s, but it is not a many-to-many",
            "remove %3$s, or add secondary = \"...\" for a many-to-many"),

    // Names: JW6xx
    BLANK_IDENTIFIER("JW601", "%1$s of %2$s is blank",
            "write a name matching [A-Za-z_][A-Za-z0-9_]*, or leave the attribute out for the default"),
    INVALID_IDENTIFIER("JW602", "%1$s \"%3$s\" of %2$s is not a valid SQL identifier",
            "use only letters, digits and underscores, not starting with a digit, e.g. \"%4$s\""),
    IDENTIFIER_TOO_LONG("JW603", "%1$s \"%3$s\" of %2$s is %4$s bytes long, past %5$s's limit of %6$s bytes",
            "choose a name of at most %6$s bytes"),
    DERIVED_INVALID_IDENTIFIER("JW602", "%1$s \"%3$s\", derived from the Java name of %2$s, is not a valid SQL identifier",
            "name it explicitly with %4$s using only ASCII letters, digits and underscores, e.g. \"%5$s\""),
    DERIVED_IDENTIFIER_TOO_LONG("JW603", "%1$s \"%3$s\", derived from the Java name of %2$s, is %4$s bytes long, "
            + "past %5$s's limit of %6$s bytes",
            "name it explicitly with %7$s, at most %6$s bytes long"),
    SYSTEM_COLUMN("JW604", "column name \"%3$s\" of %2$s is a system column of %4$s, which no table can declare, quoted or not",
            "give the column another name, e.g. @Column(name = \"%5$s\")"),

    // Schema-wide: JW7xx
    DUPLICATE_TABLE("JW701", "entities %1$s and %2$s both map to table %3$s",
            "give one of them another name with @Entity(table = \"...\")"),
    NOT_NULL_CYCLE("JW702", "NOT NULL foreign keys form a cycle, so no row of it could ever be inserted: %1$s",
            "make one foreign key of the cycle @Nullable (with a boxed type), e.g. %2$s"),

    // Table constraints, defaults and enums: JW25x-JW26x (columns and their table)
    CONSTRAINT_EMPTY("JW250", "%1$s on %2$s names no column",
            "name the accessors of its columns, e.g. %1$s({\"%3$s\"})"),
    CONSTRAINT_UNKNOWN_ACCESSOR("JW251", "%1$s on %2$s names %3$s, which is not an accessor of %2$s",
            "%4$s"),
    CONSTRAINT_NAMES_RELATIONSHIP("JW252", "%1$s on %2$s names %3$s, which is a relationship, not a column",
            "name column accessors only%4$s"),
    CONSTRAINT_REPEATS_COLUMN("JW253", "%1$s on %2$s names %3$s more than once",
            "name each column once"),
    CONSTRAINT_DUPLICATE("JW254", "%1$s({%3$s}) on %2$s repeats %4$s",
            "remove one of the two"),
    CONSTRAINT_BYTES("JW255", "%1$s on %2$s names %3$s, a byte[] column, which not every database can index",
            "leave it out, or index a hash of the bytes kept in a String column"),
    DEFAULT_NOT_BOOLEAN("JW256", "%1$s.%2$s is a boolean column, but its defaultValue \"%3$s\" is not a boolean",
            "write defaultValue = \"true\" or \"false\""),
    DEFAULT_NOT_INTEGER("JW257", "%1$s.%2$s is a %4$s column, but its defaultValue \"%3$s\" is not a whole number from %5$s to %6$s",
            "write a whole number in that range, e.g. defaultValue = \"0\""),
    DEFAULT_NOT_NUMBER("JW258", "%1$s.%2$s is a %4$s column, but its defaultValue \"%3$s\" is not a finite number it can hold",
            "write a decimal number such as \"0\", \"2.5\" or \"-1e3\""),
    DEFAULT_PAST_DECIMAL("JW259", "%1$s.%2$s is a DECIMAL(%4$s,%5$s) column, but its defaultValue \"%3$s\" does not fit it",
            "write at most %6$s digits before the point and %5$s after it, or raise @Column(precision, scale)"),
    DEFAULT_TOO_LONG("JW260", "%1$s.%2$s holds at most %4$s characters, but its defaultValue is %5$s characters long",
            "shorten the default, or raise @Column(length)"),
    DEFAULT_NOT_CONSTANT("JW261", "%1$s.%2$s is a %4$s column, but its defaultValue \"%3$s\" is not a constant of %4$s",
            "%5$s"),
    DEFAULT_NOT_CLOCK("JW262", "%1$s.%2$s is a %4$s column, whose only default is %5$s, not \"%3$s\"",
            "write defaultValue = \"%5$s\""),
    DEFAULT_TYPE_HAS_NONE("JW263", "%1$s.%2$s is a %4$s column, which cannot have a default (\"%3$s\")",
            "remove defaultValue: defaults apply to numbers, booleans, strings, enums, LocalDate, "
                    + "LocalDateTime, OffsetDateTime and Instant"),
    DEFAULT_ON_ID("JW264", "@Id %1$s.%2$s has defaultValue \"%3$s\"",
            "remove it: a key is assigned by the application or generated by the database"),
    ENUM_LENGTH_TOO_SHORT("JW265", "%1$s.%2$s has @Column(length = %3$s), but the constant %4$s of %5$s is %6$s characters long",
            "use a length of at least %6$s, or leave length out: an enum's length defaults to its longest constant"),

    // Queries: JW8xx
    QUERIES_NOT_INTERFACE("JW801", "@Queries must be on a public, non-generic interface, but %1$s is %2$s",
            "declare %1$s as a public interface without type parameters; the generated DAO implements it"),
    QUERIES_NOT_ENTITY("JW802", "@Queries on %1$s names %2$s, which is not an @Entity of this compilation",
            "name one of the entities: %3$s"),
    QUERIES_EXTERNAL_ENTITY("JW803", "@Queries on %1$s names %2$s, an entity of an earlier module, whose DAO that module generates",
            "declare %1$s in the module that compiles %2$s"),
    QUERY_NAME("JW811", "%1$s.%2$s is not a query: its name does not start with find…By, get…By, stream…By, count…By, "
            + "exists…By or delete…By, it has no @Query, and the generated DAO has no such method",
            "rename it after the grammar, e.g. findBy%3$s, or give it @Query(\"SELECT …\")"),
    UNKNOWN_PROPERTY("JW812", "%1$s.%2$s: %3$s has no property \"%4$s\"",
            "%5$s"),
    UNKNOWN_SEGMENT("JW813", "%1$s.%2$s: the segment \"%3$s\" between underscores names no property of %4$s",
            "%5$s; every segment but the last must name a relationship"),
    PARAMETER_COUNT("JW814", "%1$s.%2$s declares %3$s parameters, but its name binds %4$s: %5$s",
            "declare one parameter per bound value, in order: %5$s"),
    PARAMETER_TYPE("JW815", "parameter %3$s of %1$s.%2$s has type %4$s, but %5$s needs %6$s",
            "declare %3$s as %6$s"),
    OPERATOR_TYPE("JW816", "%1$s.%2$s: %3$s does not apply to %4$s, which has type %5$s",
            "%6$s"),
    QUERY_RETURN_TYPE("JW817", "%1$s.%2$s returns %3$s, which a %4$s query cannot return",
            "return %5$s"),
    ORDER_THROUGH_TO_MANY("JW818", "%1$s.%2$s orders by %3$s, which goes through the to-many relationship %4$s",
            "order by a column of %5$s or of a to-one relationship"),
    DELETE_WITH_LIMIT("JW819", "%1$s.%2$s: delete…By deletes every row it selects, so it takes no %3$s",
            "remove %3$s from the name"),
    QUERY_SIGNATURE_CLASH("JW820", "%1$s.%2$s has the name and parameters of the generated %3$s.%2$s, which returns %4$s",
            "declare it as returning %4$s (or a supertype such as %5$s), or rename it"),
    TRAILING_PARAMETERS("JW822", "%1$s.%2$s %3$s",
            "%4$s"),
    KEYSET_ORDER("JW823", "%1$s.%2$s takes a Keyset, but %3$s",
            "order by columns of %4$s only, NOT NULL ones, ending with a unique one, e.g. …OrderByIdAsc"),
    QUERY_UNKNOWN_PARAMETER("JW830", "@Query of %1$s.%2$s names :%3$s, which is not a parameter of the method",
            "%4$s"),
    QUERY_UNUSED_PARAMETER("JW831", "parameter %3$s of %1$s.%2$s is not used by its @Query",
            "use it as :%3$s in the SQL, or remove it"),
    QUERY_PARAMETER_TYPE("JW832", "parameter %3$s of %1$s.%2$s has type %4$s, which a @Query cannot bind",
            "use a supported column type (or a Collection of one, for IN (:%3$s))"),
    QUERY_RESULT_TYPE("JW833", "%1$s.%2$s returns %3$s, which a @Query cannot map",
            "return List, Optional or Stream of %4$s, of %4$sRecord, of a record projection or of a column type; "
                    + "a column type for one value; int, long or void for an INSERT, UPDATE or DELETE"),
    QUERY_INVALID("JW834", "@Query of %1$s.%2$s does not prepare on H2 (mode %3$s) holding the generated schema: %4$s",
            "fix the SQL, or use @Query(verify = false) for SQL that only the target database understands"),
    QUERY_RESULT_COLUMNS("JW835", "@Query of %1$s.%2$s selects %3$s, but %4$s needs %5$s",
            "select the missing columns, labelled in snake_case (… AS %6$s)"),
    PROPERTY_IS_RELATIONSHIP("JW821", "%1$s.%2$s: %3$s is a relationship, not a column",
            "name one of its columns, e.g. %4$s"),
    PLAN_PARAMETER("JW824", "%1$s.%2$s takes %3$s, %4$s",
            "%5$s"),

    // Schema versions and migrations: JW9xx
    SCHEMA_FROZEN("JW901", "version %1$s is frozen; bump the version to %2$s: the model differs from snapshot %3$s (%4$s)",
            "set @Schema(version = %2$s), so that the processor writes snapshot %2$s and the migration V%2$s, "
                    + "or undo the change"),
    SCHEMA_DIR_MISSING("JW902", "@Schema(version = %1$s) on %2$s needs the snapshots of versions 1 to %3$s, "
                    + "but the processor option -Ajoinwright.schemaDir is not set",
            "pass -Ajoinwright.schemaDir=<a directory committed with the sources> to javac "
                    + "(maven-compiler-plugin: <compilerArgs><arg>-Ajoinwright.schemaDir=${project.basedir}/src/main/schemas</arg>"
                    + "</compilerArgs>)"),
    SNAPSHOT_MISSING("JW903", "@Schema(version = %1$s) on %2$s needs the snapshot of version %3$s, but %4$s does not exist",
            "restore %4$s from version control; if the schema never had version %3$s, number the versions without gaps"),
    SNAPSHOT_UNREADABLE("JW906", "the snapshot %1$s cannot be read: %2$s",
            "restore it from version control; snapshots are written by the processor and never edited"),
    SCHEMA_VERSION_INVALID("JW904", "@Schema(version = %1$s) on %2$s is not a version",
            "number the versions from 1: @Schema(version = 1)"),
    SCHEMA_DUPLICATE("JW905", "@Schema is on %1$s and on %2$s, but a compilation has one schema",
            "keep @Schema on one interface"),
    TABLE_DROPPED("JW910", "version %1$s drops table %2$s and its rows",
            "acknowledge the data loss with @Schema(version = %1$s, drops = {\"%2$s\"}), or, if the table was renamed, "
                    + "declare its previous name with @Entity(renamedFrom = \"%2$s\")"),
    COLUMN_DROPPED("JW911", "version %1$s drops column %2$s.%3$s and its values",
            "acknowledge the data loss with @Schema(version = %1$s, drops = {\"%2$s.%3$s\"}), or, if the column was "
                    + "renamed, declare its previous name with @Column(renamedFrom = \"%3$s\")"),
    NOT_NULL_COLUMN_ADDED("JW912", "version %1$s adds the NOT NULL column %2$s.%3$s to the existing table %2$s, "
                    + "whose rows have no value for it",
            "give it a default that fills the existing rows, @Column(defaultValue = \"…\"), or make it @Nullable "
                    + "(with a boxed type)"),
    COLUMN_MADE_NOT_NULL("JW913", "version %1$s makes column %2$s.%3$s NOT NULL, but existing rows may hold NULL in it",
            "give it a default, @Column(defaultValue = \"…\"), which the migration writes into the rows that hold "
                    + "NULL, or keep it @Nullable"),
    COLUMN_NARROWED("JW914", "version %1$s narrows column %2$s.%3$s from %4$s to %5$s, which can lose data",
            "keep %4$s (or widen it), or add a new column and copy the values that fit yourself"),
    COLUMN_TYPE_CHANGED("JW915", "version %1$s changes column %2$s.%3$s from %4$s to %5$s, which no migration converts",
            "keep %4$s, or add a new column of the new type in this version and drop the old one in a later one"),
    PRIMARY_KEY_CHANGED("JW916", "version %1$s changes the primary key of table %2$s from (%3$s) to (%4$s)",
            "keep the primary key, or create a new table (a new entity) and drop the old one"),
    ;

    private final String tag;
    private final String text;
    private final String hint;

    Message(String tag, String text, String hint) {
        this.tag = tag;
        this.text = text;
        this.hint = hint;
    }

    public String tag() {
        return tag;
    }

    /** The whole message: {@code [JW101] what is wrong. Fix: how to fix it.} */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(text, args) + ". Fix: " + String.format(hint, args) + ".";
    }
}
