package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import javax.lang.model.SourceVersion;

/** What the parts of one DAO share: the entity, its names, its key, and its SQL constants. */
final class DaoContext {
    final Entity entity;
    final TypeSpec.Builder type;
    final SqlConstants sql;
    private final java.util.List<CodeBlock> constructorStatements = new java.util.ArrayList<>();

    DaoContext(Entity entity, TypeSpec.Builder type) {
        this.entity = entity;
        this.type = type;
        this.sql = new SqlConstants(type);
    }

    /** The upper-case name a relationship gives its SQL constants and its {@code Fetch} constant. */
    static String constant(Relation relation) {
        return Naming.snakeCase(relation.name()).toUpperCase(java.util.Locale.ROOT);
    }

    /** Adds a statement to the DAO's constructor (e.g. choosing a per-dialect SQL text). */
    void initializeInConstructor(CodeBlock statement) {
        constructorStatements.add(statement);
    }

    java.util.List<CodeBlock> constructorStatements() {
        return constructorStatements;
    }

    static ClassName daoName(Entity entity) {
        return ClassName.get(entity.packageName(), entity.simpleName() + "Dao");
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

    /** A parameter name for one entity value: {@code user}, or {@code userValue} for a keyword. */
    static String parameterName(Entity entity) {
        String name = Naming.decapitalize(entity.simpleName());
        return SourceVersion.isKeyword(name) ? name + "Value" : name;
    }

    String parameter() {
        return parameterName(entity);
    }

    /** The record read from the current row, starting at column {@code first}. */
    static CodeBlock readRow(Entity entity, String resultSet, CodeBlock first) {
        return CodeBlock.of("$T.readRow($N, $L, $N)", daoName(entity), resultSet, first, ColumnAdapter.DIALECT_FIELD);
    }
}
