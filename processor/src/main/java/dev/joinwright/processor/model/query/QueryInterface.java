package dev.joinwright.processor.model.query;

import dev.joinwright.processor.model.Entity;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Queries} interface, its methods resolved: the generated DAO of {@code entity}
 * implements it.
 *
 * @param element the interface
 * @param entity the entity it names
 * @param queries its derived queries, in declaration order (methods the DAO has anyway excluded)
 * @param sqlQueries its {@code @Query} methods, in declaration order
 */
public record QueryInterface(TypeElement element, Entity entity, List<DerivedQuery> queries,
        List<SqlQuery> sqlQueries) {
    public QueryInterface {
        queries = List.copyOf(queries);
        sqlQueries = List.copyOf(sqlQueries);
    }
}
