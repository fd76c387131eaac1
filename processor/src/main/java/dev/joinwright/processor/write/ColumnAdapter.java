package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.Naming;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The column-type adapter: every bind and every read that generated code performs is written here,
 * and nowhere else (Room's {@code ColumnTypeAdapter}). Writers ask for "bind this column's value to
 * parameter i", "read this column at index i" or "this value as the database compares it" and
 * place the code it returns.
 *
 * <p>The code goes through the database's {@code Codecs}, chosen once per dialect: the DAO holds
 * them in a field ({@code this.codecs = db.codecs()}) and {@code readRow} takes them as a parameter.
 * A NOT NULL primitive column uses the codec's unboxed methods
 * ({@code codecs.longs().setLong(ps, 1, id)}); every other column the {@code Codec<T>} ones, which
 * bind and read SQL NULL as {@code null}. An enum's codec is built once, reflection-free, as a
 * constant of the DAO ({@code private static final Codec<Status> STATUS_CODEC =
 * Codecs.enumOf(Status.values())}), named through the DAO's registry of constants.
 */
final class ColumnAdapter {
    static final ClassName CODECS = ClassName.get("dev.joinwright", "Codecs");
    static final ClassName CODEC = ClassName.get("dev.joinwright", "Codec");
    /** The name of the DAO field (and {@code readRow} parameter) holding the database's codecs. */
    static final String CODECS_FIELD = "codecs";

    private final TypeSpec.Builder type;
    private final UniqueNames constants;
    private final Map<String, String> enumCodecs = new HashMap<>();

    /**
     * @param type the DAO the code is written into
     * @param constants the registry of the DAO's static constants
     */
    ColumnAdapter(TypeSpec.Builder type, UniqueNames constants) {
        this.type = type;
        this.constants = constants;
    }

    /** {@code codecs.longs().setLong(ps, 3, value)}: binds the column's value to a parameter. */
    CodeBlock bind(Column column, String statement, CodeBlock index, CodeBlock value) {
        if (column.primitive()) {
            return CodeBlock.of("$L.set$L($N, $L, $L)", codec(column), primitiveName(column.type()), statement, index, value);
        }
        return CodeBlock.of("$L.set($N, $L, $L)", codec(column), statement, index, value);
    }

    /** {@code codecs.longs().getLong(rs, first + 2)}: reads the column at an index of the current row. */
    CodeBlock read(Column column, String resultSet, CodeBlock index) {
        if (column.primitive()) {
            return CodeBlock.of("$L.get$L($N, $L)", codec(column), primitiveName(column.type()), resultSet, index);
        }
        return CodeBlock.of("$L.get($N, $L)", codec(column), resultSet, index);
    }

    /**
     * {@code codecs.string().key(value)}: the value as the database compares it, for the keys of
     * the maps that match the rows a batched query selected to the keys asked for (on MySQL a
     * string without its trailing spaces).
     */
    CodeBlock key(Column column, CodeBlock value) {
        return CodeBlock.of("$L.key($L)", codec(column), value);
    }

    /** {@code ps.setInt(1, limit)}: an {@code int} parameter that is not a column (a page's bounds). */
    static CodeBlock bindInt(String statement, int index, String value) {
        return CodeBlock.of("$N.setInt($L, $N)", statement, index, value);
    }

    /** Whether the value at {@code index} is not SQL NULL, e.g. the key of a LEFT JOINed row. */
    static CodeBlock isNotNull(String resultSet, CodeBlock index) {
        return CodeBlock.of("$N.getObject($L) != null", resultSet, index);
    }

    /** The expression of the column's codec: {@code codecs.instant()}, or the enum's constant. */
    private CodeBlock codec(Column column) {
        return codec(column.type(), column.javaType(), column.name());
    }

    /**
     * {@code codecs.string().set(ps, ++n, value)}: binds a value that is not a column's (a parameter
     * of a {@code @Query}), by its type.
     */
    CodeBlock bind(ColumnType type, javax.lang.model.type.TypeMirror javaType, boolean primitive, String statement,
            CodeBlock index, CodeBlock value) {
        if (primitive) {
            return CodeBlock.of("$L.set$L($N, $L, $L)", codec(type, javaType, ""), primitiveName(type), statement, index,
                    value);
        }
        return CodeBlock.of("$L.set($N, $L, $L)", codec(type, javaType, ""), statement, index, value);
    }

    /** {@code codecs.string().get(rs, rs.findColumn("course_code"))}: reads a value by column label. */
    CodeBlock readLabel(ColumnType type, javax.lang.model.type.TypeMirror javaType, boolean primitive, String resultSet,
            String label) {
        CodeBlock index = CodeBlock.of("$N.findColumn($S)", resultSet, label);
        if (primitive) {
            return CodeBlock.of("$L.get$L($N, $L)", codec(type, javaType, label), primitiveName(type), resultSet, index);
        }
        return CodeBlock.of("$L.get($N, $L)", codec(type, javaType, label), resultSet, index);
    }

    /** {@code codecs.string().get(rs, 1)}: reads a value of a type at an index. */
    CodeBlock readIndex(ColumnType type, javax.lang.model.type.TypeMirror javaType, boolean primitive,
            String resultSet, CodeBlock index) {
        if (primitive) {
            return CodeBlock.of("$L.get$L($N, $L)", codec(type, javaType, ""), primitiveName(type), resultSet, index);
        }
        return CodeBlock.of("$L.get($N, $L)", codec(type, javaType, ""), resultSet, index);
    }

    private CodeBlock codec(ColumnType columnType, javax.lang.model.type.TypeMirror javaType, String name) {
        String accessor = switch (columnType) {
            case BOOLEAN -> "booleans";
            case SHORT -> "shorts";
            case INT -> "ints";
            case LONG -> "longs";
            case FLOAT -> "floats";
            case DOUBLE -> "doubles";
            case STRING -> "string";
            case BIG_DECIMAL -> "bigDecimal";
            case BYTES -> "bytes";
            case UUID -> "uuid";
            case LOCAL_DATE -> "localDate";
            case LOCAL_TIME -> "localTime";
            case LOCAL_DATE_TIME -> "localDateTime";
            case OFFSET_DATE_TIME -> "offsetDateTime";
            case INSTANT -> "instant";
            case ENUM -> null;
            case UNSUPPORTED -> throw new IllegalStateException("unsupported column " + name);
        };
        return accessor == null ? CodeBlock.of("$N", enumCodec(javaType)) : CodeBlock.of("$N.$N()", CODECS_FIELD, accessor);
    }

    /** The DAO's constant holding the codec of the column's enum type, added on first use. */
    private String enumCodec(javax.lang.model.type.TypeMirror javaType) {
        TypeName enumType = TypeName.get(javaType).withoutAnnotations();
        return enumCodecs.computeIfAbsent(enumType.toString(), name -> {
            String simple = ((ClassName) enumType).simpleName();
            String constant = constants.claim(Naming.snakeCase(simple).toUpperCase(Locale.ROOT) + "_CODEC");
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(CODEC, enumType), constant,
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.enumOf($T.values())", CODECS, enumType)
                    .build());
            return constant;
        });
    }

    /** {@code Long} in {@code setLong}/{@code getLong}. */
    private static String primitiveName(ColumnType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
