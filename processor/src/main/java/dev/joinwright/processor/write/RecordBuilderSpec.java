package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The nested {@code XRecord.Builder}: one fluent setter per column, named like the accessor. */
final class RecordBuilderSpec {
    private final Entity entity;
    private final ClassName record;
    private final ClassName builder;

    RecordBuilderSpec(Entity entity, ClassName record, ClassName builder) {
        this.entity = entity;
        this.record = record;
        this.builder = builder;
    }

    /**
     * Whether {@code build()} insists on a value: every non-primitive NOT NULL column except a
     * generated key and a column with a default, which the database fills in on insert.
     */
    static boolean requiresValue(Column column) {
        return !column.primitive() && column.notNull() && !column.generated() && !column.defaultedWhenNull();
    }

    TypeSpec build() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; columns left unset are {@code null}, {@code 0} or {@code false}.\n", record);
        for (Column column : entity.columns()) {
            com.palantir.javapoet.FieldSpec.Builder field = com.palantir.javapoet.FieldSpec.builder(
                    RecordWriter.signatureType(column), column.accessorName(), Modifier.PRIVATE);
            if (column.primitive()) {
                column.parsedDefault().ifPresent(d -> field.initializer(primitiveLiteral(column, d.value())));
            }
            type.addField(field.build());
        }
        List<Column> defaulted = entity.columns().stream().filter(Column::defaultedWhenNull).toList();
        if (!defaulted.isEmpty()) {
            type.addJavadoc("Left unset, $L $L the database's default on insert, which the inserted record holds.\n",
                    String.join(", ", defaulted.stream().map(c -> "{@code " + c.accessorName() + "}").toList()),
                    defaulted.size() == 1 ? "gets" : "get");
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(record, "source");
        for (Column column : entity.columns()) {
            copy.addStatement("this.$1N = source.$1N()", column.accessorName());
        }
        type.addMethod(copy.build());
        for (Column column : entity.columns()) {
            type.addMethod(MethodSpec.methodBuilder(column.accessorName())
                    .addJavadoc("Sets {@code $L}$L.\n\n@param $L the value of column {@code $L}\n@return this builder\n",
                            column.accessorName(), defaultNote(column), column.accessorName(), column.name())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(RecordWriter.nullness(column).parameter(RecordWriter.columnType(column), column.accessorName()))
                    .addStatement("this.$1N = $1N", column.accessorName())
                    .addStatement("return this")
                    .build());
        }
        List<CodeBlock> args = new ArrayList<>();
        entity.columns().forEach(c -> args.add(CodeBlock.of("$N", c.accessorName())));
        return type.addMethod(buildMethod(args)).build();
    }

    /** {@code ; left unset, the database's default applies on insert}, for a defaulted column. */
    private static String defaultNote(Column column) {
        if (column.defaultedWhenNull()) {
            return "; left unset ({@code null}), it gets the database's default on insert";
        }
        return column.primitive() && column.parsedDefault().isPresent()
                ? "; starts at the column's default, {@code " + column.parsedDefault().get().value() + "}" : "";
    }

    /** The Java literal of a primitive column's default: {@code true}, {@code 5L}, {@code (short) 5}, {@code 2.5f}. */
    private static CodeBlock primitiveLiteral(Column column, String value) {
        return switch (column.type()) {
            case SHORT -> CodeBlock.of("(short) $L", value);
            case LONG -> CodeBlock.of("$LL", value);
            case FLOAT -> CodeBlock.of("$Lf", value);
            case DOUBLE -> CodeBlock.of("$Ld", value);
            default -> CodeBlock.of("$L", value);
        };
    }

    private MethodSpec buildMethod(List<CodeBlock> columnArgs) {
        List<CodeBlock> args = new ArrayList<>(columnArgs);
        int relationships = entity.relationships().size();
        for (int i = 0; i < relationships; i++) {
            args.add(CodeBlock.of("null"));
            args.add(CodeBlock.of("false"));
        }
        return MethodSpec.methodBuilder("build")
                .addJavadoc("The record.\n\n@return a new record with the values set\n"
                        + "@throws NullPointerException naming the entity and the column, if a NOT NULL column was\n    not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addStatement("return new $T($L)", record, CodeBlock.join(args, ", "))
                .build();
    }
}
