package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Cardinality;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XRecord}: an immutable implementation of entity {@code X} with a builder,
 * {@code withY} copies, value equality over the columns, and relationship accessors that return
 * what was eagerly loaded or throw {@code NotLoadedException} naming the DAO method to call.
 */
public final class RecordWriter implements EntityWriter {
    @Override
    public void write(BoundSchema schema, Entity entity, Output output) throws IOException {
        output.writeType(entity.packageName(), new RecordSpec(entity, schema.relationsOf(entity)).build(),
                List.of(entity.element()));
    }

    /** The name of the record generated for {@code entity}. */
    public static ClassName recordName(Entity entity) {
        return ClassName.get(entity.packageName(), entity.generatedName() + "Record");
    }

    static TypeName columnType(Column column) {
        return TypeName.get(column.javaType()).withoutAnnotations();
    }

    static TypeName relationType(Relation relation) {
        return TypeName.get(relation.decl().returnType()).withoutAnnotations();
    }

    /** The column's type on generated signatures: with the user's {@code Nullable} where it has one. */
    static TypeName signatureType(Column column) {
        return nullness(column).type(columnType(column));
    }

    static Nullness nullness(Column column) {
        return Nullness.of(column.nullableAnnotation());
    }

    static Nullness nullness(Relation relation) {
        return Nullness.of(relation.decl().nullableAnnotation());
    }

    /** The record of one entity; split into small methods, one per generated member kind. */
    private static final class RecordSpec {
        private final Entity entity;
        private final List<Relation> relations;
        private final ClassName name;
        private final EntityNames names;

        RecordSpec(Entity entity, List<Relation> relations) {
            this.entity = entity;
            this.relations = relations;
            this.name = recordName(entity);
            this.names = EntityNames.of(entity, relations);
        }

        TypeSpec build() {
            TypeSpec.Builder type = TypeSpec.classBuilder(name)
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addSuperinterface(ClassName.get(entity.element()))
                    .addJavadoc("An immutable {@link $T} row. Build one with {@link #$N()}.\n",
                            ClassName.get(entity.element()), names.builderMethod);
            for (Column column : entity.columns()) {
                type.addField(field(signatureType(column), column.accessorName(), nullness(column)));
            }
            for (Relation relation : relations) {
                type.addField(field(nullness(relation).type(relationType(relation)), relation.name(), nullness(relation)));
                type.addField(TypeName.BOOLEAN, loadedFlag(relation), Modifier.PRIVATE, Modifier.FINAL);
            }
            type.addMethod(constructor());
            type.addMethod(MethodSpec.methodBuilder(names.builderMethod)
                    .addJavadoc("A builder for a new row; set every NOT NULL column before {@code build()}.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderName())
                    .addStatement("return new $T()", builderName())
                    .build());
            type.addMethod(copyOf());
            type.addMethod(MethodSpec.methodBuilder(names.toBuilderMethod)
                    .addJavadoc("A builder holding this record's column values.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName())
                    .addStatement("return new $T(this)", builderName())
                    .build());
            entity.columns().forEach(c -> type.addMethod(columnAccessor(c)));
            relations.forEach(r -> type.addMethod(relationAccessor(r)));
            entity.columns().forEach(c -> type.addMethod(withColumn(c)));
            relations.forEach(r -> type.addMethod(withRelation(r)));
            type.addMethod(equalsMethod()).addMethod(hashCodeMethod()).addMethod(toStringMethod());
            type.addType(new RecordBuilderSpec(entity, name, builderName()).build());
            return type.build();
        }

        private static com.palantir.javapoet.FieldSpec field(TypeName type, String name, Nullness nullness) {
            com.palantir.javapoet.FieldSpec.Builder field = com.palantir.javapoet.FieldSpec.builder(type, name,
                    Modifier.PRIVATE, Modifier.FINAL);
            nullness.declaration(java.lang.annotation.ElementType.FIELD).ifPresent(field::addAnnotation);
            return field.build();
        }

        private ClassName builderName() {
            return name.nestedClass("Builder");
        }

        private MethodSpec constructor() {
            // Package-private: the DAO in the same package builds records from rows without a builder.
            MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
            for (Column column : entity.columns()) {
                ctor.addParameter(nullness(column).parameter(columnType(column), column.accessorName()));
                if (RecordBuilderSpec.requiresValue(column)) {
                    ctor.addStatement("this.$1N = $2T.requireNonNull($1N, $3S)",
                            column.accessorName(), Objects.class, entity.simpleName() + "." + column.accessorName()
                                    + " must not be null: column " + column.name() + " of table " + entity.table()
                                    + " is NOT NULL");
                } else {
                    ctor.addStatement("this.$1N = $1N", column.accessorName());
                }
            }
            for (Relation relation : relations) {
                ctor.addParameter(nullness(relation).parameter(relationType(relation), relation.name()));
                ctor.addParameter(TypeName.BOOLEAN, loadedFlag(relation));
                ctor.addStatement("this.$1N = $1N", relation.name());
                ctor.addStatement("this.$1N = $1N", loadedFlag(relation));
            }
            return ctor.build();
        }

        /**
         * Arguments for the private constructor, with one column or relationship replaced. A
         * relationship that the replaced column determines (a many-to-one through that FK column;
         * every relationship found by the owner's key, for the key) goes back to not loaded, so a
         * copy never carries a related row its columns no longer point at.
         */
        private CodeBlock arguments(String replacedMember, CodeBlock replacement) {
            List<CodeBlock> args = new ArrayList<>();
            for (Column column : entity.columns()) {
                args.add(column.accessorName().equals(replacedMember) ? replacement : CodeBlock.of("$N", column.accessorName()));
            }
            for (Relation relation : relations) {
                boolean replaced = relation.name().equals(replacedMember);
                if (determines(replacedMember, relation)) {
                    args.add(CodeBlock.of("null"));
                    args.add(CodeBlock.of("false"));
                    continue;
                }
                args.add(replaced ? replacement : CodeBlock.of("$N", relation.name()));
                args.add(replaced ? CodeBlock.of("true") : CodeBlock.of("$N", loadedFlag(relation)));
            }
            return CodeBlock.join(args, ", ");
        }

        /** Whether the column named {@code accessor} decides which rows {@code relation} holds. */
        private boolean determines(String accessor, Relation relation) {
            if (relation.kind() == dev.joinwright.processor.model.RelationKind.MANY_TO_ONE) {
                return relation.foreignKeyColumns().stream().anyMatch(c -> c.accessorName().equals(accessor));
            }
            return entity.key().stream().anyMatch(part -> part.accessorName().equals(accessor));
        }

        private MethodSpec copyOf() {
            String source = "source";
            List<CodeBlock> args = new ArrayList<>();
            entity.columns().forEach(c -> args.add(CodeBlock.of("$N.$N()", source, c.accessorName())));
            relations.forEach(r -> {
                args.add(CodeBlock.of("null"));
                args.add(CodeBlock.of("false"));
            });
            return MethodSpec.methodBuilder("copyOf")
                    .addJavadoc("A record with the column values of any {@link $T}; relationships are not loaded.\n",
                            ClassName.get(entity.element()))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addParameter(ClassName.get(entity.element()), source)
                    .beginControlFlow("if ($N instanceof $T)", source, name)
                    .addStatement("return ($T) $N", name, source)
                    .endControlFlow()
                    .addStatement("return new $T($L)", name, CodeBlock.join(args, ", "))
                    .build();
        }

        private MethodSpec columnAccessor(Column column) {
            return nullness(column).onMethod(MethodSpec.methodBuilder(column.accessorName()))
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(signatureType(column))
                    .addStatement("return $N", column.accessorName())
                    .build();
        }

        private MethodSpec relationAccessor(Relation relation) {
            String dao = DaoContext.daoName(entity).simpleName();
            String daoMethod = dao + "." + names.navigation(relation) + "(" + names.parameter + ")";
            return nullness(relation).onMethod(MethodSpec.methodBuilder(relation.name()))
                    .addJavadoc("The eagerly loaded {@code $N}; otherwise throws {@link $T}.\n", relation.name(), RuntimeApi.NOT_LOADED)
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(nullness(relation).type(relationType(relation)))
                    .beginControlFlow("if (!$N)", loadedFlag(relation))
                    .addStatement("throw new $T($S)", RuntimeApi.NOT_LOADED,
                            entity.simpleName() + "." + relation.name() + "() was not loaded: call " + daoMethod
                                    + ", or load it eagerly with " + dao + ".Fetch." + names.constant(relation))
                    .endControlFlow()
                    .addStatement("return $N", relation.name())
                    .build();
        }

        private MethodSpec withColumn(Column column) {
            return MethodSpec.methodBuilder(names.withMethod(column.accessorName()))
                    .addJavadoc("A copy with another {@code $N}.\n", column.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(name)
                    .addParameter(nullness(column).parameter(columnType(column), column.accessorName()))
                    .addStatement("return new $T($L)", name, arguments(column.accessorName(), CodeBlock.of("$N", column.accessorName())))
                    .build();
        }

        private MethodSpec withRelation(Relation relation) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(names.withMethod(relation.name()))
                    .addJavadoc("A copy whose {@code $N} is loaded with the given value", relation.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(name);
            Cardinality cardinality = relation.decl().cardinality();
            TypeName element = TypeName.get(relation.decl().targetType()).withoutAnnotations();
            CodeBlock value;
            if (cardinality == Cardinality.ONE) {
                method.addJavadoc(".\n").addParameter(nullness(relation).parameter(element, relation.name()));
                value = CodeBlock.of("$N", relation.name());
            } else if (cardinality == Cardinality.OPTIONAL) {
                method.addJavadoc(".\n").addParameter(
                        ParameterizedTypeName.get(ClassName.get(Optional.class), WildcardTypeName.subtypeOf(element)),
                        relation.name());
                value = CodeBlock.of("$T.ofNullable($N.orElse(null))", Optional.class, relation.name());
            } else {
                method.addJavadoc(" (an unmodifiable copy).\n").addParameter(
                        ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(element)),
                        relation.name());
                value = CodeBlock.of("$T.copyOf($N)", cardinality == Cardinality.SET ? Set.class : List.class,
                        relation.name());
            }
            return method.addStatement("return new $T($L)", name, arguments(relation.name(), value)).build();
        }

        private MethodSpec equalsMethod() {
            MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(TypeName.BOOLEAN)
                    .addParameter(Object.class, "other")
                    .beginControlFlow("if (other == this)")
                    .addStatement("return true")
                    .endControlFlow()
                    .beginControlFlow("if (!(other instanceof $T))", name)
                    .addStatement("return false")
                    .endControlFlow()
                    .addStatement("$1T that = ($1T) other", name);
            List<CodeBlock> terms = new ArrayList<>();
            for (Column column : entity.columns()) {
                terms.add(ValueCode.equalTerm(column, "this", "that"));
            }
            method.addStatement("return $L", terms.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(terms, "\n&& "));
            return method.build();
        }

        private MethodSpec hashCodeMethod() {
            MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(TypeName.INT)
                    .addStatement("int $N = 1", names.hashLocal);
            for (Column column : entity.columns()) {
                method.addStatement("$1N = 31 * $1N + $2L", names.hashLocal, ValueCode.hashTerm(column));
            }
            return method.addStatement("return $N", names.hashLocal).build();
        }

        private MethodSpec toStringMethod() {
            CodeBlock.Builder body = CodeBlock.builder().add("return $S", name.simpleName() + "{");
            String separator = "";
            for (Column column : entity.columns()) {
                body.add("\n+ $S + $L", separator + column.accessorName() + "=", ValueCode.toStringTerm(column));
                separator = ", ";
            }
            body.add("\n+ $S", "}");
            return MethodSpec.methodBuilder("toString")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("$L", body.build())
                    .build();
        }

        private static String loadedFlag(Relation relation) {
            return "$" + relation.name() + "Loaded";
        }
    }

}
