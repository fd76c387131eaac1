package dev.joinwright.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.sql.dml.JoinStatements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Eager to-one loads as {@code LEFT JOIN}s on the parent query (SPEC section 5): {@code findAll} and
 * {@code findById} with fetches of many-to-one or one-to-one relationships read each parent and its
 * related rows in one statement. Each such relationship is one bit of a mask; the statement of a
 * mask is assembled once from constant fragments and kept, so a DAO has one SQL text per
 * combination it was asked for.
 */
final class ToOneJoinSpec {
    /**
     * The most to-one relationships one statement LEFT JOINs; the DAO caches one text per
     * combination ({@code 2^n} of them), so the rest load with one batched statement each.
     */
    static final int MAX_JOINED = 8;

    private final DaoContext context;
    private final List<Relation> toOne;

    ToOneJoinSpec(DaoContext context, List<Relation> relations) {
        this.context = context;
        this.toOne = joinable(relations);
    }

    private static List<Relation> joinable(List<Relation> relations) {
        List<Relation> toOne = new ArrayList<>();
        for (Relation relation : relations) {
            boolean single = relation.kind() == RelationKind.MANY_TO_ONE || relation.kind() == RelationKind.ONE_TO_ONE;
            if (single && toOne.size() < MAX_JOINED) {
                toOne.add(relation);
            }
        }
        return toOne;
    }

    /** The mask bit of a relationship that is joined, else 0. */
    static int bit(List<Relation> relations, Relation relation) {
        int index = joinable(relations).indexOf(relation);
        return index < 0 ? 0 : 1 << index;
    }

    boolean isEmpty() {
        return toOne.isEmpty();
    }

    String javadoc() {
        return toOne.isEmpty() ? "" : "\n<p>To-one relationships are LEFT JOINed into the same statement; each to-many one\n"
                + "takes one batched statement.\n";
    }

    /** {@code (plan.owner != null && plan.owner.isEmpty() ? 1 : 0) | ...}: the joined relationships as a mask. */
    CodeBlock maskOf(java.util.function.Function<Relation, CodeBlock> joined) {
        List<CodeBlock> terms = new ArrayList<>();
        for (int i = 0; i < toOne.size(); i++) {
            terms.add(CodeBlock.of("($L ? $L : 0)", joined.apply(toOne.get(i)), 1 << i));
        }
        return CodeBlock.join(terms, "\n| ");
    }

    CodeBlock findAll(String mask) {
        return CodeBlock.of("$T.query(db, joinedSql($N, false), ps -> { }, rs -> readJoined(rs, $N))", RuntimeApi.JDBC, mask, mask);
    }

    /** The joined query by key, bound from the key parameters. */
    CodeBlock findById(String mask) {
        return CodeBlock.of("$T.queryOne(db, joinedSql($N, true), $L, rs -> readJoined(rs, $N))", RuntimeApi.JDBC, mask,
                context.keyParameterBinder(), mask);
    }

    void addTo(TypeSpec.Builder type) {
        if (toOne.isEmpty()) {
            return;
        }
        type.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "joinedSql", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The joined statements built so far, by mask and (odd slots) by key.\n")
                .initializer("new String[$L]", 2 << toOne.size())
                .build());
        type.addMethod(joinedSql());
        type.addMethod(readJoined());
    }

    private MethodSpec joinedSql() {
        JoinStatements statements = new JoinStatements(context.entity);
        CodeBlock select = context.sql.add("JOINED_SELECT", statements.select());
        CodeBlock from = context.sql.add("JOINED_FROM", statements.from());
        CodeBlock order = context.sql.add("JOINED_ORDER", statements.orderByKey());
        CodeBlock byId = context.sql.add("JOINED_BY_ID", statements.whereKey());
        MethodSpec.Builder method = MethodSpec.methodBuilder("joinedSql")
                .addJavadoc("The parent query LEFT JOINed with the to-one relationships of {@code joined}.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(int.class, "joined")
                .addParameter(boolean.class, "byId")
                .addStatement("int slot = joined * 2 + (byId ? 1 : 0)")
                .addStatement("String sql = joinedSql[slot]")
                .beginControlFlow("if (sql == null)")
                .addStatement("$T builder = new $T($L)", StringBuilder.class, StringBuilder.class, select);
        List<CodeBlock> joins = new ArrayList<>();
        for (int i = 0; i < toOne.size(); i++) {
            Relation relation = toOne.get(i);
            String alias = "j" + i;
            String name = "JOINED_" + context.constant(relation);
            CodeBlock columns = context.sql.add(name + "_COLUMNS", statements.columnsOf(relation, alias));
            joins.add(context.sql.add(name, statements.leftJoin(relation, alias)));
            method.beginControlFlow("if ((joined & $L) != 0)", 1 << i).addStatement("builder.append($L)", columns).endControlFlow();
        }
        method.addStatement("builder.append($L)", from);
        for (int i = 0; i < toOne.size(); i++) {
            method.beginControlFlow("if ((joined & $L) != 0)", 1 << i).addStatement("builder.append($L)", joins.get(i)).endControlFlow();
        }
        return method.addStatement("sql = builder.append(byId ? $L : $L).toString()", byId, order)
                .addStatement("joinedSql[slot] = sql")
                .endControlFlow()
                .addStatement("return sql")
                .build();
    }

    private MethodSpec readJoined() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("readJoined")
                .addJavadoc("Reads a parent and the to-one rows of {@code joined} from one joined row.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(context.record())
                .addParameter(ResultSet.class, "rs")
                .addParameter(int.class, "joined")
                .addException(SQLException.class)
                .addStatement("$T row = readRow(rs, 1, $N)", context.record(), ColumnAdapter.CODECS_FIELD)
                .addStatement("int column = $L", 1 + context.entity.columns().size());
        UniqueNames locals = new UniqueNames("rs", "joined", "row", "column");
        for (int i = 0; i < toOne.size(); i++) {
            Relation relation = toOne.get(i);
            String local = locals.claim(relation.name());
            Entity target = relation.target();
            int keyOffset = target.columns().indexOf(target.key().get(0));
            CodeBlock present = ColumnAdapter.isNotNull("rs",
                    keyOffset == 0 ? CodeBlock.of("column") : CodeBlock.of("column + $L", keyOffset));
            method.beginControlFlow("if ((joined & $L) != 0)", 1 << i)
                    .addStatement("$T $N = $L ? $L : null", RecordWriter.recordName(target), local, present,
                            DaoContext.readRow(target, "rs", CodeBlock.of("column")))
                    .addStatement("row = row.$N($L)", context.names.withMethod(relation.name()),
                            relation.decl().cardinality() == Cardinality.OPTIONAL
                                    ? CodeBlock.of("$T.ofNullable($N)", Optional.class, local)
                                    : CodeBlock.of("$N", local))
                    .addStatement("column += $L", target.columns().size())
                    .endControlFlow();
        }
        return method.addStatement("return row").build();
    }
}
