package dev.joinwright.processor.model.query;

import java.util.List;

/**
 * One predicate of a derived query: a property, an operator, and the method parameters it binds.
 *
 * @param path the property
 * @param operator the operator
 * @param ignoreCase whether strings compare ignoring case ({@code IgnoreCase}, {@code AllIgnoreCase})
 * @param parameters the indexes of the method parameters it binds, in order
 */
public record Condition(PropertyPath path, Operator operator, boolean ignoreCase, List<Integer> parameters) {
    public Condition {
        parameters = List.copyOf(parameters);
    }
}
