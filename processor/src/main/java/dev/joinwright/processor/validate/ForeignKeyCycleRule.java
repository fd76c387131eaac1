package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.ForeignKeyGraph;
import dev.joinwright.processor.model.ForeignKeyGraph.Edge;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No cycle of NOT NULL foreign keys between two or more entities: no row of such a cycle could be
 * inserted first. The cycle is reported as its path on each FK accessor of it, Dagger-style:
 * {@code Order.customerId → Customer.lastOrderId → Order}.
 */
final class ForeignKeyCycleRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (List<Edge> cycle : ForeignKeyGraph.of(context.schema()).notNullCycles()) {
            String path = cycle.stream()
                    .map(edge -> edge.from().simpleName() + "." + edge.column().accessorName() + " → ")
                    .collect(Collectors.joining("", "", cycle.get(0).from().simpleName()));
            Edge last = cycle.get(cycle.size() - 1);
            String example = "@Nullable %s %s()".formatted(boxedName(last), last.column().accessorName());
            for (Edge edge : cycle) {
                context.diagnostics().error(edge.from(), edge.column().accessor(), Message.NOT_NULL_CYCLE, path, example);
            }
        }
    }

    private static String boxedName(Edge edge) {
        String type = TypeNames.simple(edge.column().javaType());
        return switch (type) {
            case "long" -> "Long";
            case "int" -> "Integer";
            case "short" -> "Short";
            default -> type;
        };
    }
}
