package dev.joinwright.processor.parse;

import dev.joinwright.processor.model.ColumnType;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

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
