package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * What the parts of one DAO share: the entity, its names, its key, its SQL constants, and the
 * registry of its fields.
 */
final class DaoContext implements SqlConstants.Choices {
    final Entity entity;
    final TypeSpec.Builder type;
    final SqlConstants sql;
    final EntityNames names;
    private final UniqueNames fields = new UniqueNames("db", ColumnAdapter.DIALECT_FIELD, "rowMapper", "joinedSql");
    private final List<CodeBlock> constructorStatements = new ArrayList<>();

    DaoContext(Entity entity, List<Relation> relations, TypeSpec.Builder type) {
        this.entity = entity;
        this.type = type;
        this.sql = new SqlConstants(type, this);
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
        return CodeBlock.of("$T.readRow($N, $L, $N)", daoName(entity), resultSet, first, ColumnAdapter.DIALECT_FIELD);
    }
}
