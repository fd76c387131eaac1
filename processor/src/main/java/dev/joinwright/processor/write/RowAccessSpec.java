package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.sql.dml.EntityStatements;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.lang.model.element.Modifier;

/**
 * The escape hatch of a DAO, for hand-written SQL beside it (SPEC section 9): its column list as the
 * dialect spells it, for SELECT lists, and a row reader that finds the columns <b>by label</b>, so a
 * result with the columns in any order, or with others among them, maps every value to its own
 * component. Generated query methods that map hand-written SQL into the entity call
 * {@code XDao.rowReader(codecs)} too.
 */
final class RowAccessSpec {
    private final DaoContext context;
    private final Entity entity;

    RowAccessSpec(DaoContext context) {
        this.context = context;
        this.entity = context.entity;
    }

    void addTo(TypeSpec.Builder type) {
        TypeName reader = ParameterizedTypeName.get(RuntimeApi.ROW_READER, context.record());
        CodeBlock columnList = context.sql.add("COLUMN_LIST", d -> EntityStatements.columns(entity, d, ""));
        String readerField = context.field("byLabel");
        context.byLabel(readerField);
        type.addField(FieldSpec.builder(reader, readerField, Modifier.PRIVATE, Modifier.FINAL).build());
        context.initializeInConstructor(CodeBlock.of("this.$N = rowReader($N)", readerField, ColumnAdapter.CODECS_FIELD));
        type.addMethod(MethodSpec.methodBuilder("columnList")
                .addJavadoc("The columns of table {@code $L} as this database spells them, for the SELECT list of\n"
                        + "hand-written SQL that {@link #rowReader()} reads: {@code $L}.\n\n"
                        + "@return the column names, separated by {@code \", \"}\n",
                        entity.table(), EntityStatements.columns(entity, SqlDialect.H2, ""))
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", columnList)
                .build());
        type.addMethod(MethodSpec.methodBuilder("columnList")
                .addJavadoc("The columns of table {@code $L}, each qualified by {@code alias}, for a SELECT list with a\n"
                        + "join: {@code columnList(\"t\")} is {@code $L}.\n\n"
                        + "@param alias the table's alias in the query: letters, digits and {@code _}\n"
                        + "@return the qualified column names, separated by {@code \", \"}\n"
                        + "@throws IllegalArgumentException if {@code alias} is not a plain identifier\n",
                        entity.table(), EntityStatements.columns(entity, SqlDialect.H2, "t"))
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(String.class, "alias")
                .addStatement("return $T.qualified($L, alias)", RuntimeApi.BY_LABEL, columnList)
                .build());
        type.addMethod(MethodSpec.methodBuilder("rowReader")
                .addJavadoc("Reads a {@code $L} row of hand-written SQL by column label; see {@link #rowReader(Codecs)}.\n"
                        + "Thread-safe; one per DAO.\n\n"
                        + "@return the reader of this DAO's database\n", entity.table())
                .addModifiers(Modifier.PUBLIC)
                .returns(reader)
                .addStatement("return $N", readerField)
                .build());
        type.addMethod(staticReader(reader));
        type.addMethod(readRowAt());
    }

    private MethodSpec staticReader(TypeName reader) {
        String names = context.columnNames();
        return MethodSpec.methodBuilder("rowReader")
                .addJavadoc("A reader of {@code $L} rows that finds each column <b>by its label</b>, once per result set,\n"
                        + "so the SELECT list may have the columns in any order and other columns among them\n"
                        + "({@code SELECT *} after a column was added, a join); labels match the column names\n"
                        + "exactly, else ignoring case. With a plain {@code PreparedStatement}:\n"
                        + "<pre>{@code\n"
                        + "String sql = \"SELECT \" + dao.columnList() + \" FROM $L WHERE ...\";\n"
                        + "try (PreparedStatement ps = connection.prepareStatement(sql)) {\n"
                        + "    db.codecs().string().set(ps, 1, value);   // bind through the database's codecs\n"
                        + "    try (ResultSet rs = ps.executeQuery()) {\n"
                        + "        while (rs.next()) {\n"
                        + "            rows.add(reader.read(rs));\n"
                        + "        }\n"
                        + "    }\n"
                        + "}\n"
                        + "}</pre>\n"
                        + "A column missing from the result, or two labels for one column, is a\n"
                        + "{@code DataAccessException} naming table, column and the result's labels. Thread-safe;\n"
                        + "build one and keep it.\n\n"
                        + "@param codecs the codecs of the database the SQL runs on ({@code db.codecs()})\n"
                        + "@return a reader of rows into records, relationships not loaded\n", entity.table(),
                        SqlDialect.H2.quote(entity.table()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(reader)
                .addParameter(ColumnAdapter.CODECS, ColumnAdapter.CODECS_FIELD)
                .addStatement("return $T.of($S, $N, (rs, at) -> readRowAt(rs, at, 0, $N))", RuntimeApi.BY_LABEL,
                        entity.table(), names, ColumnAdapter.CODECS_FIELD)
                .build();
    }

    /**
     * {@code private static XRecord readRowAt(ResultSet rs, int[] at, int first, Codecs codecs)}: the DAO's one
     * method that reads a row, column {@code i} at index {@code first + at[i]}: by label ({@code first} 0,
     * {@code at} found per result) and by position ({@code readRow}: {@code at} in order from 0).
     */
    private MethodSpec readRowAt() {
        return MethodSpec.methodBuilder("readRowAt")
                .addJavadoc("Reads one row whose column {@code i} (in declaration order) is at index\n"
                        + "{@code first + at[i]}.\n\n"
                        + "@param rs the result set, on the row to read\n"
                        + "@param at each column's index in the result, less {@code first}\n"
                        + "@param first what every index in {@code at} is counted from\n"
                        + "@param codecs the database's codecs\n"
                        + "@return the row as a record\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(context.record())
                .addParameter(ResultSet.class, "rs")
                .addParameter(int[].class, "at")
                .addParameter(int.class, "first")
                .addParameter(ColumnAdapter.CODECS, ColumnAdapter.CODECS_FIELD)
                .addException(SQLException.class)
                .addStatement("return new $T(\n$L)", context.record(), CodeBlock.join(
                        DaoWriter.recordArguments(entity, context.columns, i -> CodeBlock.of("first + at[$L]", i)), ",\n"))
                .build();
    }
}
