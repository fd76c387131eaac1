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
    private CodeBlock lockById;
    private String columnNames;

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
                comparator(rowType, of.id().orElseThrow())));
        return CodeBlock.of("$N", name);
    }

    private static CodeBlock comparator(ClassName rowType, Column key) {
        String accessor = key.accessorName();
        if (key.primitive()) {
            String method = switch (key.type()) {
                case LONG -> "comparingLong";
                case INT, SHORT -> "comparingInt";
                case FLOAT, DOUBLE -> "comparingDouble";
                default -> "comparing";
            };
            return CodeBlock.of("$T.$N($T::$N)", Comparator.class, method, rowType, accessor);
        }
        if (key.type() == ColumnType.BYTES) {
            return CodeBlock.of("$T.comparing($T::$N, $T::compare)", Comparator.class, rowType, accessor, Arrays.class);
        }
        return CodeBlock.of("$T.comparing($T::$N)", Comparator.class, rowType, accessor);
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

    /** The record read from the current row, starting at column {@code first}. */
    static CodeBlock readRow(Entity entity, String resultSet, CodeBlock first) {
        return CodeBlock.of("$T.readRow($N, $L, $N)", daoName(entity), resultSet, first, ColumnAdapter.CODECS_FIELD);
    }
}
