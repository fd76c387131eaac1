package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Eager loading: a {@code Fetch} enum with one constant per relationship, and {@code findAll},
 * {@code findById} and {@code load} variants that return records with those relationships
 * populated. Each fetched relationship costs one batched statement per chunk of keys, whatever
 * the number of rows: no N+1.
 */
final class FetchSpec {
    private final DaoContext context;
    private final List<Relation> relations;

    FetchSpec(DaoContext context, List<Relation> relations) {
        this.context = context;
        this.relations = relations;
    }

    void addTo(TypeSpec.Builder type) {
        if (relations.isEmpty()) {
            new FetchPlanSpec(context, relations).addTo(type);
            type.addMethod(loadWithoutRelationships());
            return;
        }
        ClassName fetch = context.dao().nestedClass("Fetch");
        TypeSpec.Builder fetchEnum = TypeSpec.enumBuilder(fetch)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The relationships {@code findAll}, {@code findById} and {@code load} can fetch eagerly.\n");
        for (Relation relation : relations) {
            fetchEnum.addEnumConstant(context.constant(relation), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@link $T#$N()}: $L.\n", context.entityType(), relation.name(),
                            relation.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .build());
        }
        type.addType(fetchEnum.build());
        FetchPlanSpec plans = new FetchPlanSpec(context, relations);
        plans.addTo(type);
        ClassName plan = FetchPlanSpec.plan(context);
        TypeName records = ParameterizedTypeName.get(ClassName.get(List.class), context.record());
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), context.record());
        TypeName rows = ParameterizedTypeName.get(ClassName.get(List.class),
                com.palantir.javapoet.WildcardTypeName.subtypeOf(context.entityType()));
        com.palantir.javapoet.ArrayTypeName fetches = com.palantir.javapoet.ArrayTypeName.of(fetch);
        ToOneJoinSpec joins = new ToOneJoinSpec(context, relations);
        joins.addTo(type);
        CodeBlock mask = joins.maskOf(relation -> plans.joinable("plan", relation));
        type.addMethod(MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key, with the given relationships loaded: {@code findAll(Plan.of(fetches))}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("return findAll($T.of(fetches))", plan)
                .build());
        type.addMethod(MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key, with the relationships of {@code plan} loaded, to any depth.\n$L"
                        + "\n@param plan the relationships to load, each with the plan of its rows\n", joins.javadoc())
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(plan, "plan")
                .addStatement("$T.requireNonNull(plan, $S)", Objects.class, "plan")
                .addCode(onOneConnection(joins.isEmpty()
                        ? CodeBlock.of("loadRest(findAll(), plan, 0)")
                        : CodeBlock.builder()
                                .addStatement("int joined = $L", mask)
                                .addStatement("$T<$T> rows = joined == 0 ? findAll() : $L", List.class, context.record(),
                                        joins.findAll("joined"))
                                .addStatement("return loadRest(rows, plan, joined)")
                                .build()))
                .build());
        type.addMethod(MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one, with the given relationships loaded:\n"
                        + "{@code findById(id, Plan.of(fetches))}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(optional)
                .addJavadoc(context.keyParameterDocs())
                .addParameters(context.keyParameters())
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("return findById($L, $T.of(fetches))", context.keyArguments(), plan)
                .build());
        type.addMethod(MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one, with the relationships of {@code plan} loaded, to any\n"
                        + "depth.\n$L\n$L@param plan the relationships to load, each with the plan of its rows\n",
                        joins.javadoc(), context.compositeKey() ? context.keyParameterTags() : CodeBlock.of("@param id the key\n"))
                .addModifiers(Modifier.PUBLIC)
                .returns(optional)
                .addParameters(context.keyParameters())
                .addParameter(plan, "plan")
                .addStatement("$T.requireNonNull(plan, $S)", Objects.class, "plan")
                .addCode(onOneConnection(findByIdWithPlan(joins, mask, plans)))
                .build());
        type.addMethod(MethodSpec.methodBuilder("load")
                .addJavadoc("Copies of {@code rows} with the given relationships loaded: {@code load(rows, Plan.of(fetches))}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(rows, "rows")
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("return load(rows, $T.of(fetches))", plan)
                .build());
        type.addMethod(MethodSpec.methodBuilder("load")
                .addJavadoc("Copies of {@code rows}, in their order, with the relationships of {@code plan} loaded, to any\n"
                        + "depth: one batched statement per relationship of each level (per chunk of keys), however\n"
                        + "many rows. The one entry point of eager loading: {@code findAll}, {@code findById} and the\n"
                        + "generated queries end here.\n\n@param rows the rows\n"
                        + "@param plan the relationships to load, each with the plan of its rows\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(rows, "rows")
                .addParameter(plan, "plan")
                .addStatement("$T.requireNonNull(plan, $S)", Objects.class, "plan")
                .addStatement("$T<$T> result = new $T<>(rows.size())", List.class, context.record(), ArrayList.class)
                .addStatement("rows.forEach(row -> result.add($T.copyOf(row)))", context.record())
                .addCode(onOneConnection(CodeBlock.of("loadRest(result, plan, 0)")))
                .build());
        type.addMethod(loadRest(records, plans));
    }

    /**
     * The body of {@code findById(id, plan)}: the to-one relationships of the plan LEFT JOINed
     * ({@link ToOneJoinSpec}); else, for a plan whose to-many relationship can be joined, that one
     * statement ({@link ToManyJoinSpec}); then the rest of the plan batched.
     */
    private CodeBlock findByIdWithPlan(ToOneJoinSpec joins, CodeBlock mask, FetchPlanSpec plans) {
        Optional<ToManyJoinSpec> many = ToManyJoinSpec.of(context, relations);
        CodeBlock byKey = CodeBlock.of("findById($L)", context.keyArguments());
        if (joins.isEmpty() && many.isEmpty()) {
            return CodeBlock.of("$L$L", byKey, withRest(0));
        }
        CodeBlock.Builder body = CodeBlock.builder();
        if (!joins.isEmpty()) {
            body.addStatement("int joined = $L", mask);
        }
        many.ifPresent(join -> body
                .beginControlFlow(joins.isEmpty() ? "if ($L)" : "if (joined == 0 && $L)", join.applies(plans))
                .addStatement("return $L\n$L", join.findById(), withRest(ToManyJoinSpec.BIT))
                .endControlFlow());
        if (joins.isEmpty()) {
            return body.addStatement("return $L$L", byKey, withRest(0)).build();
        }
        return body.addStatement("$T<$T> row = joined == 0 ? $L : $L", Optional.class, context.record(), byKey,
                        joins.findById("joined"))
                .addStatement("return row$L", withRest("joined"))
                .build();
    }

    /** {@code .map(found -> loadRest(List.of(found), plan, joined).get(0))}: the found row with the rest of the plan. */
    private static CodeBlock withRest(Object joined) {
        return CodeBlock.of(".map(found -> loadRest($T.of(found), plan, $L).get(0))", List.class, joined);
    }

    /**
     * Returns {@code code} (an expression, or statements ending in their {@code return}) run through
     * {@code db.onOneConnection}: the plan's statements take one connection, not one each (and none
     * if they run no statement).
     */
    static CodeBlock onOneConnection(CodeBlock code) {
        if (!code.toString().endsWith(";\n")) {
            return CodeBlock.of("return db.onOneConnection(() -> $L);\n", code);
        }
        return CodeBlock.builder()
                .add("return db.onOneConnection(() -> {\n").indent().add(code).unindent().add("});\n")
                .build();
    }

    /**
     * Loads every relationship of the plan not in {@code joined}, one batched statement each, and on
     * the rows it loaded their own plan, through their DAO's {@code load}: one call for all parents.
     */
    private MethodSpec loadRest(TypeName records, FetchPlanSpec plans) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("loadRest")
                .addModifiers(Modifier.PRIVATE)
                .returns(records)
                .addParameter(records, "rows")
                .addParameter(FetchPlanSpec.plan(context), "plan")
                .addParameter(int.class, "joined")
                .beginControlFlow("if (rows.isEmpty() || plan.isEmpty())")
                .addStatement("return rows")
                .endControlFlow()
                .addStatement("$T<$T> result = new $T<>(rows)", List.class, context.record(), ArrayList.class);
        for (Relation relation : relations) {
            String member = plans.member(relation);
            int bit = ToOneJoinSpec.bit(relations, relation) | ToManyJoinSpec.bit(relations, relation);
            CodeBlock condition = bit == 0
                    ? CodeBlock.of("plan.$N != null", member)
                    : CodeBlock.of("plan.$N != null && (joined & $L) == 0", member, bit);
            CodeBlock targetDao = relation.target() == context.entity
                    ? CodeBlock.of("this")
                    : CodeBlock.of("new $T(db)", DaoContext.daoName(relation.target()));
            method.beginControlFlow("if ($L)", condition)
                    .addStatement("$T<$T, $T> loaded = $N(result)", Map.class, context.keyValue(),
                            NavigationSpec.batchedValue(relation), context.names.navigation(relation))
                    .beginControlFlow("if (!plan.$N.isEmpty())", member)
                    .addStatement("$T.$N(loaded, children -> $L.load(children, plan.$N))", RuntimeApi.FETCH_PLANS,
                            nestMethod(relation), targetDao, member)
                    .endControlFlow()
                    .addStatement("result.replaceAll(row -> row.$N($L))", context.names.withMethod(relation.name()),
                            adapt(relation, CodeBlock.of("loaded.get($L)", context.keyOf(CodeBlock.of("row")))))
                    .endControlFlow();
        }
        return method.addStatement("return result").build();
    }

    /** {@code load(rows, plan)} of an entity without relationships, for generated queries: copies. */
    private MethodSpec loadWithoutRelationships() {
        return MethodSpec.methodBuilder("load")
                .addJavadoc("Copies of {@code rows}, in their order, as records; the entity has no relationships to load\n"
                        + "(for generated queries, which end in {@code load(rows, plan)}).\n\n@param rows the rows\n"
                        + "@param plan the plan, always empty\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), context.record()))
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class),
                        com.palantir.javapoet.WildcardTypeName.subtypeOf(context.entityType())), "rows")
                .addParameter(FetchPlanSpec.plan(context), "plan")
                .addStatement("$T.requireNonNull(plan, $S)", Objects.class, "plan")
                .addStatement("$T<$T> result = new $T<>(rows.size())", List.class, context.record(), ArrayList.class)
                .addStatement("rows.forEach(row -> result.add($T.copyOf(row)))", context.record())
                .addStatement("return result")
                .build();
    }

    /** The {@code FetchPlans} method that nests a plan into the batched navigation's map. */
    private static String nestMethod(Relation relation) {
        return switch (relation.kind()) {
            case ONE_TO_MANY, MANY_TO_MANY -> "nestLists";
            case ONE_TO_ONE -> "nestOptionals";
            case MANY_TO_ONE -> relation.foreignKey().orElseThrow().notNull() ? "nestRows" : "nestOptionals";
        };
    }

    /** Converts the batched navigation's value to what the record's {@code withR} takes. */
    private static CodeBlock adapt(Relation relation, CodeBlock value) {
        Cardinality cardinality = relation.decl().cardinality();
        boolean batchedIsOptional = switch (relation.kind()) {
            case ONE_TO_ONE -> true;
            case MANY_TO_ONE -> !relation.foreignKeyNotNull();
            default -> false;
        };
        if (cardinality == Cardinality.ONE && batchedIsOptional) {
            return CodeBlock.of("$L.orElse(null)", value);
        }
        if (cardinality == Cardinality.OPTIONAL && !batchedIsOptional) {
            return CodeBlock.of("$T.ofNullable($L)", Optional.class, value);
        }
        return value;
    }
}
