package dev.joinwright.processor.model.query;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * A query method whose name says what it selects, resolved against the model.
 *
 * @param method the interface method, where errors are reported and whose signature is implemented
 * @param subject what it does with the rows
 * @param limit {@code First}/{@code Top<N>}: at most this many rows, else empty
 * @param where the predicates: an OR of ANDs ({@code And} binds tighter than {@code Or}); empty
 *     for every row
 * @param orderBy the {@code OrderBy} terms, in order
 * @param shape how the method returns its result
 * @param page the index of a trailing {@code Page} parameter, else empty
 * @param sort the index of a trailing {@code Sort} parameter, else empty
 * @param keyset the index of a trailing {@code Keyset} parameter, else empty
 * @param plan the index of the last parameter, an {@code XDao.Plan} of the entity's own DAO whose
 *     relationships the rows are loaded with, else empty
 */
public record DerivedQuery(
        ExecutableElement method,
        Subject subject,
        Optional<Integer> limit,
        List<List<Condition>> where,
        List<Ordering> orderBy,
        ResultShape shape,
        Optional<Integer> page,
        Optional<Integer> sort,
        Optional<Integer> keyset,
        Optional<Integer> plan) {

    public DerivedQuery {
        where = where.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }

    public String name() {
        return method.getSimpleName().toString();
    }
}
