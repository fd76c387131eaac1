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
import java.util.Arrays;
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

    static String constant(Relation relation) {
        return Naming.snakeCase(relation.name()).toUpperCase(Locale.ROOT);
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
            fetchEnum.addEnumConstant(constant(relation), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@link $T#$N()}: $L.\n", context.entityType(), relation.name(),
                            relation.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .build());
        }
        type.addType(fetchEnum.build());
        TypeName records = ParameterizedTypeName.get(ClassName.get(List.class), context.record());
        com.palantir.javapoet.ArrayTypeName fetches = com.palantir.javapoet.ArrayTypeName.of(fetch);
        type.addMethod(MethodSpec.methodBuilder("findAll")
                .addJavadoc("Every row, ordered by key, with the given relationships loaded.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(records)
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("return load(findAll(), fetches)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with this key, if there is one, with the given relationships loaded.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.record()))
                .addParameter(context.keyType(), "id")
                .addParameter(fetches, "fetches")
                .varargs(true)
                .addStatement("return findById(id).map(row -> load($T.of(row), fetches).get(0))", List.class)
                .build());
        type.addMethod(load(records, fetches));
    }

    private MethodSpec load(TypeName records, TypeName fetches) {
        ClassName fetch = context.dao().nestedClass("Fetch");
        MethodSpec.Builder method = MethodSpec.methodBuilder("load")
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
                .beginControlFlow("if (result.isEmpty() || fetches.length == 0)")
                .addStatement("return result")
                .endControlFlow()
                .beginControlFlow("for ($T fetch : $T.copyOf($T.asList(fetches)))", fetch, EnumSet.class, Arrays.class)
                .beginControlFlow("switch (fetch)");
        for (Relation relation : relations) {
            method.beginControlFlow("case $L ->", constant(relation))
                    .addStatement("$T<$T, $T> loaded = $N(result)", Map.class, context.boxedKey(),
                            NavigationSpec.batchedValue(relation), relation.name())
                    .addStatement("result.replaceAll(row -> row.with$L($L))", Naming.capitalize(relation.name()),
                            adapt(relation, CodeBlock.of("loaded.get(row.$N())", context.id().accessorName())))
                    .endControlFlow();
        }
        return method.endControlFlow().endControlFlow().addStatement("return result").build();
    }

    /** Converts the batched navigation's value to what the record's {@code withR} takes. */
    private static CodeBlock adapt(Relation relation, CodeBlock value) {
        Cardinality cardinality = relation.decl().cardinality();
        boolean batchedIsOptional = switch (relation.kind()) {
            case ONE_TO_ONE -> true;
            case MANY_TO_ONE -> !relation.foreignKey().orElseThrow().notNull();
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
