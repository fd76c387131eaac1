package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Entity;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.element.TypeElement;

/**
 * Every column has a supported Java type (an entity or a collection of one gets the hint to add
 * {@code @Relationship}), and a primitive column is never {@code @Nullable}.
 */
final class ColumnTypeRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            for (Column column : entity.columns()) {
                if (column.type() == ColumnType.UNSUPPORTED) {
                    context.diagnostics().error(entity, column.accessor(), Message.UNSUPPORTED_TYPE,
                            entity.simpleName(), column.accessorName(), TypeNames.simple(column.javaType()), relationshipHint(context, column));
                }
                if (column.primitive() && column.nullable()) {
                    TypeElement boxed = context.types().boxedClass((PrimitiveType) column.javaType());
                    context.diagnostics().error(entity, column.accessor(), Message.NULLABLE_PRIMITIVE,
                            entity.simpleName(), column.accessorName(), TypeNames.simple(column.javaType()), boxed.getSimpleName());
                }
            }
        }
    }

    /** "; ... add @Relationship" when the type is an entity or a container of one, else "". */
    private static String relationshipHint(ValidationContext context, Column column) {
        return entityIn(context, column.javaType())
                .map(name -> "; %s is an entity: to navigate to it, add @Relationship to %s"
                        .formatted(name, column.accessorName()))
                .orElse("");
    }

    private static Optional<String> entityIn(ValidationContext context, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (context.schema().entity(name).isPresent()) {
            return Optional.of(declared.asElement().getSimpleName().toString());
        }
        return declared.getTypeArguments().stream()
                .map(argument -> entityIn(context, argument))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
