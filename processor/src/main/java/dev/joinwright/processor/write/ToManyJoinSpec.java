package dev.joinwright.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.sql.dml.JoinStatements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The single-parent eager to-many load as one statement: {@code findById(id, plan)} whose plan holds
 * the DAO's first one-to-many relationship without a plan of its own (and no to-one relationship,
 * which {@link ToOneJoinSpec} joins instead) reads the parent and its children with one
 * {@code LEFT JOIN}, where the batched form takes a second statement: one round trip, not two, the
 * way a hand-written load of one author with their books reads. With several parents a JOIN would
 * repeat each parent's columns on every child row, so {@code findAll} and {@code load} stay batched.
 */
final class ToManyJoinSpec {
    /** The bit of {@code loadRest}'s mask saying the to-many relationship was joined. */
    static final int BIT = 1 << ToOneJoinSpec.MAX_JOINED;

    private final DaoContext context;
    private final Relation relation;

    private ToManyJoinSpec(DaoContext context, Relation relation) {
        this.context = context;
        this.relation = relation;
    }

    /** The joinable to-many relationship of the DAO, if it has one. */
    static Optional<ToManyJoinSpec> of(DaoContext context, List<Relation> relations) {
        return joinable(relations).map(relation -> new ToManyJoinSpec(context, relation));
    }

    private static Optional<Relation> joinable(List<Relation> relations) {
        return relations.stream()
                .filter(r -> r.kind() == RelationKind.ONE_TO_MANY && !r.compositeForeignKey())
                .findFirst();
    }

    /** {@code loadRest}'s mask bit of a relationship: {@link #BIT} for the joinable to-many one, else 0. */
    static int bit(List<Relation> relations, Relation relation) {
        return joinable(relations).filter(relation::equals).isPresent() ? BIT : 0;
    }

    /** {@code plan.books != null && plan.books.isEmpty()}: the plan asks for the relationship and nothing below it. */
    CodeBlock applies(FetchPlanSpec plans) {
        return plans.joinable("plan", relation);
    }

    /**
     * {@code Jdbc.queryWithChildren(db, JOINED_BOOKS_BY_ID, ps -> ..., rowMapper, booksJoinedRows, 5,
     * AuthorRecord::withBooks)}: the parent with the relationship loaded, or empty.
     */
    CodeBlock findById() {
        Entity owner = context.entity;
        Entity target = relation.target();
        CodeBlock sql = context.sql.add("JOINED_" + context.constant(relation) + "_BY_ID",
                new JoinStatements(owner).byKeyWithChildren(relation));
        int first = owner.columns().size() + 1;
        String rows = context.field(relation.name() + "JoinedRows");
        TypeName mapper = ParameterizedTypeName.get(RuntimeApi.ROW_MAPPER, RecordWriter.recordName(target));
        context.type.addField(mapper, rows, Modifier.PRIVATE, Modifier.FINAL);
        context.initializeInConstructor(CodeBlock.of("this.$N = rs -> $L", rows,
                DaoContext.readRow(target, "rs", CodeBlock.of("$L", first))));
        int childKey = first + target.columns().indexOf(target.key().get(0));
        return CodeBlock.of("$T.queryWithChildren(db, $L, $L, rowMapper, $N, $L, $T::$N)", RuntimeApi.JDBC, sql,
                context.keyParameterBinder(), rows, childKey, context.record(),
                context.names.withMethod(relation.name()));
    }
}
