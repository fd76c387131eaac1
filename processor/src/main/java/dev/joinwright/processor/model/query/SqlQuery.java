package dev.joinwright.processor.model.query;

import dev.joinwright.processor.model.ColumnType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A query method with hand-written SQL ({@code @Query}), its {@code :name} parameters resolved.
 *
 * @param method the interface method
 * @param annotation the {@code @Query}, to point errors at its value
 * @param sql the SQL as written
 * @param jdbcSql the SQL with each {@code :name} replaced by {@code ?}, or {@code ?*} for a collection
 * @param placeholders for each placeholder in order, the method parameter it binds
 * @param parameters the method's parameters as bound values
 * @param result how rows become the method's result
 */
public record SqlQuery(
        ExecutableElement method,
        AnnotationMirror annotation,
        String sql,
        String jdbcSql,
        List<Integer> placeholders,
        List<Value> parameters,
        Result result) {

    public SqlQuery {
        placeholders = List.copyOf(placeholders);
        parameters = List.copyOf(parameters);
    }

    public String name() {
        return method.getSimpleName().toString();
    }

    /**
     * A value bound or read through a codec.
     *
     * @param name the parameter's or component's name
     * @param label for a component, the column label it is read from; else empty
     * @param type its column type
     * @param javaType the Java type (for an enum's codec); for a collection, the element's
     * @param primitive whether it is a primitive
     * @param collection whether a parameter is a collection expanding to one placeholder per value
     */
    public record Value(String name, String label, ColumnType type, TypeMirror javaType, boolean primitive,
            boolean collection) {}

    /** How the method's result is made. */
    public enum Container { LIST, OPTIONAL, STREAM, SINGLE, UPDATE_INT, UPDATE_LONG, UPDATE_VOID }

    /** What each row becomes. */
    public enum RowKind { ENTITY, PROJECTION, SCALAR, NONE }

    /**
     * @param container the method's result container
     * @param rows what each row becomes
     * @param rowType the row's Java type: the entity or its record, a record projection, a scalar
     * @param components for a projection, its components in order; for a scalar, its one value
     * @param record whether rows of the entity are typed as its generated record
     */
    public record Result(Container container, RowKind rows, TypeMirror rowType, List<Value> components,
            boolean record) {
        public Result {
            components = List.copyOf(components);
        }
    }
}
