package dev.joinwright.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The typed fetch plan of a DAO ({@code XDao.Plan}, SPEC section 9): an immutable tree saying which
 * relationships to load eagerly and, for each, the plan of the rows it loads, to any depth. Each
 * relationship of the plan takes a method named after it, once without and once with the plan of
 * its target's DAO, so only plans that fit the relationship's target compile:
 *
 * <pre>{@code
 * departments.findAll(DepartmentDao.plan().employees(EmployeeDao.plan().passport()));
 * }</pre>
 *
 * <p>{@code Plan.of(Fetch...)} turns the flat {@code Fetch} constants into a plan. The DAO's
 * {@code findAll}, {@code findById} and {@code load} take either; {@link FetchSpec} writes them.
 */
final class FetchPlanSpec {
    private final DaoContext context;
    private final List<Relation> relations;
    private final ClassName plan;

    FetchPlanSpec(DaoContext context, List<Relation> relations) {
        this.context = context;
        this.relations = relations;
        this.plan = plan(context);
    }

    static ClassName plan(DaoContext context) {
        return context.dao().nestedClass("Plan");
    }

    /** The {@code Plan} type of the DAO of {@code relation}'s target. */
    static ClassName targetPlan(Relation relation) {
        return DaoContext.daoName(relation.target()).nestedClass("Plan");
    }

    /** The plan's field (and method) of a relationship. */
    String member(Relation relation) {
        return context.names.planMember(relation);
    }

    void addTo(TypeSpec.Builder type) {
        TypeSpec.Builder planType = TypeSpec.classBuilder(plan)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(relations.isEmpty()
                        ? CodeBlock.of("The fetch plan of {@code $L} rows, which have no relationships to load: always empty.\n",
                                context.entity.table())
                        : CodeBlock.of("A typed fetch plan for {@code $L} rows: the relationships to load eagerly, each with the plan\n"
                        + "of the rows it loads, to any depth. Immutable; each method returns a new plan. Every level\n"
                        + "costs one batched statement per relationship (per chunk of keys), however many rows:\n"
                        + "<pre>{@code\n$L}</pre>\n", context.entity.table(), example()));
        List<CodeBlock> nulls = new ArrayList<>();
        for (Relation relation : relations) {
            planType.addField(FieldSpec.builder(targetPlan(relation), member(relation), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            nulls.add(CodeBlock.of("null"));
        }
        planType.addField(FieldSpec.builder(plan, "EMPTY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($L)", plan, CodeBlock.join(nulls, ", "))
                .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        for (Relation relation : relations) {
            constructor.addParameter(targetPlan(relation), member(relation))
                    .addStatement("this.$N = $N", member(relation), member(relation));
        }
        planType.addMethod(constructor.build());
        if (!relations.isEmpty()) {
            planType.addMethod(of());
        }
        for (Relation relation : relations) {
            planType.addMethod(with(relation, false)).addMethod(with(relation, true));
        }
        planType.addMethod(isEmpty()).addMethod(planEquals()).addMethod(planHashCode()).addMethod(planToString());
        type.addType(planType.build());
        type.addMethod(MethodSpec.methodBuilder("plan")
                .addJavadoc("The empty fetch plan of {@code $L} rows, to add relationships to; see {@link $T}.\n\n"
                        + "@return a plan that loads nothing\n", context.entity.table(), plan)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plan)
                .addStatement("return $T.EMPTY", plan)
                .build());
    }

    private String example() {
        Relation first = relations.get(0);
        String start = context.dao().simpleName() + ".plan()." + member(first);
        return start + "()                  // what Fetch." + context.constant(first) + " loads\n"
                + start + "(" + DaoContext.daoName(first.target()).simpleName()
                + ".plan()...)   // and on those rows, their own plan\n";
    }

    private MethodSpec of() {
        ClassName fetch = context.dao().nestedClass("Fetch");
        CodeBlock.Builder choose = CodeBlock.builder().add("plan = switch (fetch) {\n$>");
        for (Relation relation : relations) {
            choose.add("case $L -> plan.$N();\n", context.constant(relation), member(relation));
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The plan of the given relationships, each loaded without a plan of its own.\n\n"
                        + "@param fetches the relationships to load eagerly\n"
                        + "@return the plan\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(plan)
                .addParameter(ArrayTypeName.of(fetch), "fetches")
                .varargs(true)
                .addStatement("$T plan = EMPTY", plan)
                .beginControlFlow("for ($T fetch : fetches)", fetch)
                .addStatement(choose.add("$<}").build())
                .endControlFlow()
                .addStatement("return plan")
                .build();
    }

    /** {@code owner()} and {@code owner(UserDao.Plan then)}. */
    private MethodSpec with(Relation relation, boolean nested) {
        ClassName targetDao = DaoContext.daoName(relation.target());
        MethodSpec.Builder method = MethodSpec.methodBuilder(member(relation))
                .addModifiers(Modifier.PUBLIC)
                .returns(plan);
        if (!nested) {
            return method.addJavadoc("This plan, also loading {@link $T#$N()}.\n\n@return the new plan\n",
                            context.entityType(), relation.name())
                    .addStatement("return $N($T.plan())", member(relation), targetDao)
                    .build();
        }
        List<CodeBlock> args = new ArrayList<>();
        for (Relation other : relations) {
            args.add(other == relation ? CodeBlock.of("then") : CodeBlock.of("this.$N", member(other)));
        }
        return method.addJavadoc("This plan, also loading {@link $T#$N()}, and on the rows it loads the plan {@code then}.\n\n"
                        + "@param then what to load on the related rows\n@return the new plan\n",
                        context.entityType(), relation.name())
                .addParameter(targetPlan(relation), "then")
                .addStatement("$T.requireNonNull(then, $S)", Objects.class, "then")
                .addStatement("return new $T($L)", plan, CodeBlock.join(args, ", "))
                .build();
    }

    private MethodSpec isEmpty() {
        List<CodeBlock> terms = new ArrayList<>();
        relations.forEach(r -> terms.add(CodeBlock.of("$N == null", member(r))));
        return MethodSpec.methodBuilder("isEmpty")
                .addJavadoc("Whether this plan loads nothing.\n\n@return whether no relationship is in the plan\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return $L", terms.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(terms, " && "))
                .build();
    }

    private MethodSpec planEquals() {
        List<CodeBlock> terms = new ArrayList<>();
        relations.forEach(r -> terms.add(CodeBlock.of("$T.equals($N, that.$N)", Objects.class, member(r), member(r))));
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addStatement(terms.isEmpty() ? CodeBlock.of("return other instanceof $T", plan)
                        : CodeBlock.of("return other instanceof $T that\n&& $L", plan, CodeBlock.join(terms, "\n&& ")))
                .build();
    }

    private MethodSpec planHashCode() {
        List<CodeBlock> fields = new ArrayList<>();
        relations.forEach(r -> fields.add(CodeBlock.of("$N", member(r))));
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(fields, ", "))
                .build();
    }

    private MethodSpec planToString() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T parts = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ",
                        context.dao().simpleName() + ".Plan[", "]");
        for (Relation relation : relations) {
            String field = member(relation);
            method.beginControlFlow("if ($N != null)", field)
                    .addStatement("parts.add($N.isEmpty() ? $S : $S + $N + $S)", field, relation.name(),
                            relation.name() + "(", field, ")")
                    .endControlFlow();
        }
        return method.addStatement("return parts.toString()").build();
    }

    /** {@code plan.owner != null && plan.owner.isEmpty()}: a to-one fetch without a nested plan, which can be joined. */
    CodeBlock joinable(String planVariable, Relation relation) {
        return CodeBlock.of("$N.$N != null && $N.$N.isEmpty()", planVariable, member(relation), planVariable,
                member(relation));
    }
}
