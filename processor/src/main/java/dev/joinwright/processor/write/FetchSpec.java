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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        TypeName records = ParameterizedTypeName.get(ClassName.get(List.class), context.record());
        com.palantir.javapoet.ArrayTypeName fetches = com.palantir.javapoet.ArrayTypeName.of(fetch);
        ToOneJoinSpec joins = new ToOneJoinSpec(context, relations);
        joins.addTo(type);
        type.addMethod(MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key, with the given relationships loaded.\n$L", joins.javadoc())
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addCode(joins.isEmpty()
                        ? CodeBlock.of("return loadRest(findAll(), fetchSet(fetches), 0);\n")
                        : CodeBlock.builder()
                                .addStatement("$T<$T> set = fetchSet(fetches)", EnumSet.class, fetch)
                                .addStatement("int joined = $L", joins.maskOf("set"))
                                .addStatement("$T<$T> rows = joined == 0 ? findAll() : $L", List.class, context.record(),
                                        joins.findAll("joined"))
                                .addStatement("return loadRest(rows, set, joined)")
                                .build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one, with the given relationships loaded.\n$L",
                        joins.javadoc())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()))
                .addJavadoc(context.keyParameterDocs())
                .addParameters(context.keyParameters())
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addCode(joins.isEmpty()
                        ? CodeBlock.of("return findById($L).map(found -> loadRest($T.of(found), fetchSet(fetches), 0).get(0));\n",
                                context.keyArguments(), List.class)
                        : CodeBlock.builder()
                                .addStatement("$T<$T> set = fetchSet(fetches)", EnumSet.class, fetch)
                                .addStatement("int joined = $L", joins.maskOf("set"))
                                .addStatement("$T<$T> row = joined == 0 ? findById($L) : $L", Optional.class, context.record(),
                                        context.keyArguments(), joins.findById("joined"))
                                .addStatement("return row.map(found -> loadRest($T.of(found), set, joined).get(0))", List.class)
                                .build())
                .build());
        type.addMethod(load(records, fetches));
        type.addMethod(loadRest(records));
        type.addMethod(MethodSpec.methodBuilder("fetchSet")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(EnumSet.class), fetch))
                .addParameter(fetches, "fetches")
                .addStatement("$T<$T> set = $T.noneOf($T.class)", EnumSet.class, fetch, EnumSet.class, fetch)
                .addStatement("$T.addAll(set, fetches)", java.util.Collections.class)
                .addStatement("return set")
                .build());
    }

    private MethodSpec load(TypeName records, TypeName fetches) {
        return MethodSpec.methodBuilder("load")
                .addJavadoc("Copies of {@code rows} with the given relationships loaded: one batched statement per\n"
                        + "relationship (per chunk of keys), however many rows.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class),
                        com.palantir.javapoet.WildcardTypeName.subtypeOf(context.entityType())), "rows")
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("$T<$T> result = new $T<>(rows.size())", List.class, context.record(), ArrayList.class)
                .addStatement("rows.forEach(row -> result.add($T.copyOf(row)))", context.record())
                .addStatement("return loadRest(result, fetchSet(fetches), 0)")
                .build();
    }

    /** Loads every fetched relationship whose bit is not in {@code joined}, one batched statement each. */
    private MethodSpec loadRest(TypeName records) {
        ClassName fetch = context.dao().nestedClass("Fetch");
        MethodSpec.Builder method = MethodSpec.methodBuilder("loadRest")
                .addModifiers(Modifier.PRIVATE)
                .returns(records)
                .addParameter(records, "rows")
                .addParameter(ParameterizedTypeName.get(ClassName.get(EnumSet.class), fetch), "fetches")
                .addParameter(int.class, "joined")
                .beginControlFlow("if (rows.isEmpty() || fetches.isEmpty())")
                .addStatement("return rows")
                .endControlFlow()
                .addStatement("$T<$T> result = new $T<>(rows)", List.class, context.record(), ArrayList.class)
                .beginControlFlow("for ($T fetch : fetches)", fetch)
                .beginControlFlow("switch (fetch)");
        for (Relation relation : relations) {
            method.beginControlFlow("case $L ->", context.constant(relation));
            int bit = ToOneJoinSpec.bit(relations, relation);
            if (bit != 0) {
                method.beginControlFlow("if ((joined & $L) != 0)", bit).addStatement("continue").endControlFlow();
            }
            method.addStatement("$T<$T, $T> loaded = $N(result)", Map.class, context.keyValue(),
                            NavigationSpec.batchedValue(relation), context.names.navigation(relation))
                    .addStatement("result.replaceAll(row -> row.$N($L))", context.names.withMethod(relation.name()),
                            adapt(relation, CodeBlock.of("loaded.get($L)", context.keyOf(CodeBlock.of("row")))))
                    .endControlFlow();
        }
        return method.endControlFlow().endControlFlow().addStatement("return result").build();
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
