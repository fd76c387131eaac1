package dev.joinwright.processor.parse;

import dev.joinwright.processor.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Maps an accessor's Java return type to a {@link ColumnType}. */
public final class TypeParser {
    private static final Map<TypeKind, ColumnType> PRIMITIVES = Map.of(
            TypeKind.BOOLEAN, ColumnType.BOOLEAN,
            TypeKind.SHORT, ColumnType.SHORT,
            TypeKind.INT, ColumnType.INT,
            TypeKind.LONG, ColumnType.LONG,
            TypeKind.FLOAT, ColumnType.FLOAT,
            TypeKind.DOUBLE, ColumnType.DOUBLE);

    private static final Map<String, ColumnType> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
            Map.entry("java.lang.Short", ColumnType.SHORT),
            Map.entry("java.lang.Integer", ColumnType.INT),
            Map.entry("java.lang.Long", ColumnType.LONG),
            Map.entry("java.lang.Float", ColumnType.FLOAT),
            Map.entry("java.lang.Double", ColumnType.DOUBLE),
            Map.entry("java.lang.String", ColumnType.STRING),
            Map.entry("java.math.BigDecimal", ColumnType.BIG_DECIMAL),
            Map.entry("java.util.UUID", ColumnType.UUID),
            Map.entry("java.time.LocalDate", ColumnType.LOCAL_DATE),
            Map.entry("java.time.LocalTime", ColumnType.LOCAL_TIME),
            Map.entry("java.time.LocalDateTime", ColumnType.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", ColumnType.OFFSET_DATE_TIME),
            Map.entry("java.time.Instant", ColumnType.INSTANT));

    private TypeParser() {}

    /**
     * The element type of a {@code Collection<E>} (or of a subtype, or {@code Collection<? extends E>}),
     * or empty when {@code type} is no collection of one type argument.
     */
    public static Optional<TypeMirror> collectionElement(Types types, Elements elements, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        if (!types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
            return Optional.empty();
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.size() != 1) {
            return Optional.empty();
        }
        TypeMirror argument = arguments.get(0);
        return argument instanceof WildcardType wildcard
                ? Optional.ofNullable(wildcard.getExtendsBound())
                : Optional.of(argument);
    }

    public static ColumnType columnType(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return PRIMITIVES.getOrDefault(type.getKind(), ColumnType.UNSUPPORTED);
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return ColumnType.BYTES;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            if (element.getKind() == ElementKind.ENUM) {
                return ColumnType.ENUM;
            }
            return DECLARED.getOrDefault(element.getQualifiedName().toString(), ColumnType.UNSUPPORTED);
        }
        return ColumnType.UNSUPPORTED;
    }

    /** The qualified name of a declared type, {@code ""} for anything else. */
    static String qualifiedName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        return "";
    }
}
