package dev.joinwright.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A column: every entity accessor without {@code @Relationship}.
 *
 * @param accessor the interface method, where errors about this column are reported
 * @param accessorName the method's name, also the record component's name
 * @param name the column name (from {@code @Column(name)}, else the accessor's name in snake_case)
 * @param columnAnnotation the {@code @Column} annotation, if present
 * @param javaType the accessor's return type as declared
 * @param type the column's type, {@link ColumnType#UNSUPPORTED} if it has none
 * @param primitive whether the return type is a primitive
 * @param nullable whether the accessor carries an annotation named {@code Nullable}
 * @param id whether this is the {@code @Id} accessor
 * @param idAnnotation the {@code @Id} annotation, if present
 * @param generated whether the database generates the value (integral ids unless switched off)
 * @param unique whether {@code @Column(unique = true)}
 * @param length {@code @Column(length)}, 0 when unset
 * @param precision {@code @Column(precision)}, 0 when unset
 * @param scale {@code @Column(scale)}, -1 when unset
 * @param foreignKey the {@code @ForeignKey}, if this is an FK column
 * @param nullableAnnotation the annotation named {@code Nullable} that makes the column nullable,
 *     repeated on the generated signatures
 * @param defaultValue {@code @Column(defaultValue)} as written, if set (see {@link DefaultValue})
 * @param enumConstants an enum column's constants, in declaration order; empty for other types
 */
public record Column(
        ExecutableElement accessor,
        String accessorName,
        String name,
        Optional<AnnotationMirror> columnAnnotation,
        TypeMirror javaType,
        ColumnType type,
        boolean primitive,
        boolean nullable,
        boolean id,
        Optional<AnnotationMirror> idAnnotation,
        boolean generated,
        boolean unique,
        int length,
        int precision,
        int scale,
        Optional<ForeignKeyRef> foreignKey,
        Optional<AnnotationMirror> nullableAnnotation,
        Optional<String> defaultValue,
        java.util.List<String> enumConstants) {

    public Column {
        enumConstants = java.util.List.copyOf(enumConstants);
    }

    /** Default length of a string column without {@code @Column(length)}. */
    public static final int DEFAULT_LENGTH = 255;
    /** Default precision of a decimal column without {@code @Column(precision)}. */
    public static final int DEFAULT_PRECISION = 19;
    /** Default scale of a decimal column without {@code @Column(scale)}. */
    public static final int DEFAULT_SCALE = 2;

    /**
     * The string length to declare: {@code @Column(length)}, else {@link #DEFAULT_LENGTH} for a
     * string and room for the longest constant for an enum.
     */
    public int effectiveLength() {
        if (length > 0) {
            return length;
        }
        return type == ColumnType.ENUM ? Math.max(1, longestConstant()) : DEFAULT_LENGTH;
    }

    /** The length of an enum's longest constant name (0 for other types). */
    public int longestConstant() {
        return enumConstants.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The parsed default, if {@code @Column(defaultValue)} is set and fits the column's type (the
     * validator reports one that does not).
     */
    public Optional<DefaultValue> parsedDefault() {
        return defaultValue.flatMap(text -> DefaultValue.parse(this, text).value());
    }

    /** The decimal precision to declare. */
    public int effectivePrecision() {
        return precision > 0 ? precision : DEFAULT_PRECISION;
    }

    /** The decimal scale to declare. */
    public int effectiveScale() {
        return scale >= 0 ? scale : Math.min(DEFAULT_SCALE, effectivePrecision());
    }

    /** Whether the column is declared {@code NOT NULL}: ids always are, others unless nullable. */
    public boolean notNull() {
        return id || !nullable;
    }

    /**
     * Whether a {@code null} in a record to insert lets the database choose the value: a NOT NULL
     * non-primitive column with a default (a builder may leave it unset). A primitive always has a
     * value (its builder starts at the default); a nullable column's {@code null} is a value.
     */
    public boolean defaultedWhenNull() {
        return !primitive && !id && notNull() && parsedDefault().isPresent();
    }

    public boolean isForeignKey() {
        return foreignKey.isPresent();
    }
}
