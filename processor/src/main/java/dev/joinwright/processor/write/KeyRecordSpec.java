package dev.joinwright.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The DAO's nested record of a composite key, {@code EnrollmentDao.Key(UUID studentId, String
 * courseCode)}: its components are the key's parts in declaration order, named after their
 * accessors. Batched navigation maps are keyed by it, and it is how a composite key is one value.
 */
final class KeyRecordSpec {
    private final DaoContext context;

    KeyRecordSpec(DaoContext context) {
        this.context = context;
    }

    void addTo(TypeSpec.Builder type) {
        if (!context.compositeKey()) {
            return;
        }
        List<Column> key = context.key();
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("A key with every part given.\n\n");
        key.forEach(part -> compact.addJavadoc("@param $L the {@code $L} part\n", part.accessorName(), part.name()));
        compact.addJavadoc("@throws NullPointerException if a part is null\n");
        for (Column part : key) {
            components.addParameter(ParameterSpec.builder(RecordWriter.columnType(part), part.accessorName()).build());
            if (!part.primitive()) {
                compact.addStatement("$T.requireNonNull($N, $S)", Objects.class, part.accessorName(), part.accessorName());
            }
        }
        com.palantir.javapoet.CodeBlock.Builder javadoc = com.palantir.javapoet.CodeBlock.builder()
                .add("The key of a {@code $L} row: the parts of its composite primary key, in key order.\n\n",
                        context.entity.table());
        key.forEach(part -> javadoc.add("@param $L the {@code $L} part\n", part.accessorName(), part.name()));
        TypeSpec.Builder record = TypeSpec.recordBuilder(context.keyRecord())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .recordConstructor(components.build());
        if (key.stream().anyMatch(part -> !part.primitive())) {
            record.addMethod(compact.build());
        }
        type.addType(record.build());
    }
}
