package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.sql.dml.EntityStatements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * What the parts of one DAO share: the entity, its names, its key, its SQL constants, and the
 * registry of its fields.
 */
final class DaoContext implements SqlConstants.Choices {
    /** The constructor's local holding the database's dialect, where it picks per-dialect texts. */
    static final String DIALECT = "dialect";

    final Entity entity;
    final TypeSpec.Builder type;
    final SqlConstants sql;
    final EntityNames names;
    /** Every bind and read of the DAO. */
    final ColumnAdapter columns;
    private final UniqueNames fields = new UniqueNames("db", ColumnAdapter.CODECS_FIELD, DIALECT, "rowMapper",
            "joinedSql");
    private final List<CodeBlock> constructorStatements = new ArrayList<>();
    private final Map<String, String> keyOrders = new HashMap<>();
    private final Map<String, String> rowMappers = new HashMap<>();
    private CodeBlock lockById;
    private String columnNames;
    /** The field of the DAO's by-label row reader ({@code rowReader(codecs)}), set by {@link RowAccessSpec}. */
    private String byLabel;

    DaoContext(Entity entity, List<Relation> relations, TypeSpec.Builder type) {
        this.entity = entity;
        this.type = type;
        UniqueNames constants = new UniqueNames();
        this.sql = new SqlConstants(type, this, constants);
        this.columns = new ColumnAdapter(type, constants);
        this.names = EntityNames.of(entity, relations);
    }

    /** The relationship's {@code Fetch} constant, also the stem of its SQL constants. */
    String constant(Relation relation) {
        return names.constant(relation);
    }

    /** Records the field holding the DAO's by-label row reader. */
    void byLabel(String field) {
        this.byLabel = field;
    }

    /** {@code byLabel::read}: maps a row of hand-written SQL into the record by column label. */
    CodeBlock byLabelMapper() {
        if (byLabel == null) {
            throw new IllegalStateException("the row access part is written before the query part");
        }
        return CodeBlock.of("$N::read", byLabel);
    }

    /** A private field name of the DAO, unique among its fields. */
    @Override
    public String field(String preferred) {
        return fields.claim(preferred);
    }

    /** Adds a statement to the DAO's constructor (e.g. choosing a per-dialect SQL text). */
    @Override
    public void initializeInConstructor(CodeBlock statement) {
        constructorStatements.add(statement);
    }

    List<CodeBlock> constructorStatements() {
        return constructorStatements;
    }

    /**
     * The DAO's constant that orders rows of {@code of} by key, for multi-row writes that take their
     * row locks in key order: {@code Comparator<Tag> TAG_KEY_ORDER = Comparator.comparingLong(Tag::id)};
     * added on first use.
     */
    CodeBlock keyOrder(Entity of) {
        ClassName rowType = ClassName.get(of.element());
        String name = keyOrders.computeIfAbsent(rowType.canonicalName(), n -> sql.addConstant(
                Naming.snakeCase(of.simpleName()).toUpperCase(Locale.ROOT) + "_KEY_ORDER",
                ParameterizedTypeName.get(ClassName.get(Comparator.class), rowType),
                comparator(rowType, of.key())));
        return CodeBlock.of("$N", name);
    }

    /** {@code Comparator.comparing(X::a)}, then {@code .thenComparing(X::b)} for each further key part. */
    private static CodeBlock comparator(ClassName rowType, List<Column> key) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L", Comparator.class, comparing(rowType, key.get(0), "comparing"));
        for (Column part : key.subList(1, key.size())) {
            code.add(".$L", comparing(rowType, part, "thenComparing"));
        }
        return code.build();
    }

    /** {@code comparingLong(X::id)}, {@code thenComparing(X::code)}: one key part's comparison. */
    private static CodeBlock comparing(ClassName rowType, Column key, String stem) {
        String accessor = key.accessorName();
        if (key.primitive()) {
            String suffix = switch (key.type()) {
                case LONG -> "Long";
                case INT, SHORT -> "Int";
                case FLOAT, DOUBLE -> "Double";
                default -> "";
            };
            return CodeBlock.of("$N($T::$N)", stem + suffix, rowType, accessor);
        }
        if (key.type() == ColumnType.BYTES) {
            return CodeBlock.of("$N($T::$N, $T::compare)", stem, rowType, accessor, Arrays.class);
        }
        return CodeBlock.of("$N($T::$N)", stem, rowType, accessor);
    }

    /**
     * The DAO's constant with the names of the entity's columns in declaration order, as the catalog
     * spells them ({@code private static final String[] COLUMNS = {"id", "title"}}); added on first use.
     */
    String columnNames() {
        if (columnNames == null) {
            columnNames = sql.addNames("COLUMNS", new EntityStatements(entity).columnNames());
        }
        return columnNames;
    }

    /**
     * The statement that locks this entity's row by key until the transaction ends, or
     * {@code null} on a dialect that needs none; added on first use.
     */
    CodeBlock lockById() {
        if (lockById == null) {
            lockById = sql.add("LOCK_" + Naming.snakeCase(entity.simpleName()).toUpperCase(Locale.ROOT),
                    new EntityStatements(entity).lockById());
        }
        return lockById;
    }

    static ClassName daoName(Entity entity) {
        return ClassName.get(entity.packageName(), entity.generatedName() + "Dao");
    }

    ClassName dao() {
        return daoName(entity);
    }

    ClassName record() {
        return RecordWriter.recordName(entity);
    }

    ClassName entityType() {
        return ClassName.get(entity.element());
    }

    Column id() {
        return entity.id().orElseThrow();
    }

    /** The key's columns in declaration order: one, or the parts of a composite key. */
    List<Column> key() {
        return entity.key();
    }

    boolean compositeKey() {
        return entity.compositeKey();
    }

    /** Whether the database generates the key (a simple integral {@code @Id}; never a composite key). */
    boolean generatedKey() {
        return !compositeKey() && id().generated();
    }

    /** The DAO's record of a composite key, {@code EnrollmentDao.Key}: the type of a key as one value. */
    ClassName keyRecord() {
        return dao().nestedClass(names.keyRecord);
    }

    /** A key as one value, in maps and sets: the boxed column type, or the key record. */
    TypeName keyValue() {
        return compositeKey() ? keyRecord() : boxedKey();
    }

    /** The key of the row {@code row} evaluates to: {@code row.id()}, {@code new Key(row.a(), row.b())}. */
    CodeBlock keyOf(CodeBlock row) {
        if (!compositeKey()) {
            return CodeBlock.of("$L.$N()", row, id().accessorName());
        }
        return CodeBlock.of("new $T($L)", keyRecord(), CodeBlock.join(key().stream()
                .map(c -> CodeBlock.of("$L.$N()", row, c.accessorName())).toList(), ", "));
    }

    /** The parameters of a method that takes a key: {@code long id}, or one per part in key order. */
    List<com.palantir.javapoet.ParameterSpec> keyParameters() {
        if (!compositeKey()) {
            return List.of(com.palantir.javapoet.ParameterSpec.builder(keyType(), "id").build());
        }
        return key().stream().map(c -> com.palantir.javapoet.ParameterSpec.builder(RecordWriter.columnType(c),
                names.keyParameter(c)).build()).toList();
    }

    /**
     * The {@code @param} tags of a composite key's parameters ({@code @param hallCode the key's
     * {@code hall_code}}), after a blank line; empty for a simple key, whose {@code id} the Javadoc
     * completer describes.
     */
    CodeBlock keyParameterDocs() {
        if (!compositeKey()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().add("\n").add(keyParameterTags()).build();
    }

    /** The same tags without the blank line, for a Javadoc that has tags already. */
    CodeBlock keyParameterTags() {
        CodeBlock.Builder docs = CodeBlock.builder();
        if (compositeKey()) {
            key().forEach(c -> docs.add("@param $L the key's {@code $L}\n", names.keyParameter(c), c.name()));
        }
        return docs.build();
    }

    /** The names of {@link #keyParameters()}, comma-separated, to pass them on: {@code id}, {@code studentId, courseCode}. */
    CodeBlock keyArguments() {
        return CodeBlock.join(keyParameters().stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", ");
    }

    /** The values of the key parameters, one per key column. */
    List<CodeBlock> keyParameterValues() {
        return keyParameters().stream().map(p -> CodeBlock.of("$N", p.name())).toList();
    }

    /** The values of the key parts of the row {@code row} evaluates to, one per key column. */
    List<CodeBlock> keyPartsOf(CodeBlock row) {
        return key().stream().map(c -> CodeBlock.of("$L.$N()", row, c.accessorName())).toList();
    }

    /**
     * Binds {@code values} (one per key column) from parameter {@code first} on: the bind expression
     * of a simple key, or a block of statements.
     */
    CodeBlock bindKey(String statement, int first, List<CodeBlock> values) {
        List<CodeBlock> binds = bindKeyStatements(statement, first, values);
        if (binds.size() == 1) {
            return binds.get(0);
        }
        CodeBlock.Builder block = CodeBlock.builder().add("{\n$>");
        binds.forEach(bind -> block.add("$L;\n", bind));
        return block.add("$<}").build();
    }

    /** One bind per key part, {@code values} from parameter {@code first} on. */
    List<CodeBlock> bindKeyStatements(String statement, int first, List<CodeBlock> values) {
        List<Column> key = key();
        List<CodeBlock> binds = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            binds.add(columns.bind(key.get(i), statement, CodeBlock.of("$L", first + i), values.get(i)));
        }
        return binds;
    }

    /** {@code ps -> <bind the key parameters from 1 on>}. */
    CodeBlock keyParameterBinder() {
        return CodeBlock.of("ps -> $L", bindKey("ps", 1, keyParameterValues()));
    }


    /** The key's Java type as declared ({@code long}). */
    TypeName keyType() {
        return keyType(entity);
    }

    static TypeName keyType(Entity entity) {
        return RecordWriter.columnType(entity.id().orElseThrow());
    }

    /** The key's type where a reference type is needed ({@code Long}). */
    TypeName boxedKey() {
        return keyType().box();
    }

    /** The word an entity gives SQL constant names: {@code CONTENT} in {@code OWNER_BY_CONTENT_KEY}. */
    static String constantWord(Entity entity) {
        String name = Naming.decapitalize(entity.simpleName());
        return SourceVersion.isKeyword(name) ? name + "Value" : name;
    }

    /** The name of the DAO methods' parameter holding one entity value: {@code content}. */
    String parameter() {
        return names.parameter;
    }

    /**
     * The DAO's field that maps a row starting at column 1 into {@code of}'s record:
     * {@code rowMapper} for the DAO's own entity, else {@code tagRows = rs -> TagDao.readRow(rs, 1, codecs)},
     * built once in the constructor and added on first use. A typed field, not a lambda at each call: javac
     * infers the generic query methods' row type from it without attributing a lambda body per call, and no
     * call allocates a capturing lambda.
     */
    CodeBlock rowMapper(Entity of) {
        if (of.element().equals(entity.element())) {
            return CodeBlock.of("rowMapper");
        }
        ClassName rowType = RecordWriter.recordName(of);
        String name = rowMappers.computeIfAbsent(rowType.canonicalName(), n -> {
            String field = field(Naming.decapitalize(of.simpleName()) + "Rows");
            type.addField(ParameterizedTypeName.get(RuntimeApi.ROW_MAPPER, rowType), field, Modifier.PRIVATE,
                    Modifier.FINAL);
            initializeInConstructor(CodeBlock.of("this.$N = rs -> $L", field, readRow(of, "rs", CodeBlock.of("1"))));
            return field;
        });
        return CodeBlock.of("$N", name);
    }

    /** The record read from the current row, starting at column {@code first}. */
    static CodeBlock readRow(Entity entity, String resultSet, CodeBlock first) {
        return CodeBlock.of("$T.readRow($N, $L, $N)", daoName(entity), resultSet, first, ColumnAdapter.CODECS_FIELD);
    }
}
