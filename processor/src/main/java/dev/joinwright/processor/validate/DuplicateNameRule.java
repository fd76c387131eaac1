package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * No two entities map to one table, and no two columns of an entity to one column name, compared
 * case-insensitively (databases fold unquoted names). An association table named like an entity's
 * table is {@link ManyToManyRule}'s to report.
 */
final class DuplicateNameRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        Diagnostics diagnostics = context.diagnostics();
        Map<String, Entity> tables = new HashMap<>();
        for (Entity entity : context.entities()) {
            Entity first = tables.putIfAbsent(entity.table().toLowerCase(Locale.ROOT), entity);
            if (first != null) {
                diagnostics.error(entity, entity.element(), entity.annotation(), "table", Message.DUPLICATE_TABLE,
                        first.qualifiedName(), entity.qualifiedName(), entity.table());
            }
            checkColumns(diagnostics, entity);
        }
    }

    private static void checkColumns(Diagnostics diagnostics, Entity entity) {
        Map<String, Column> columns = new HashMap<>();
        for (Column column : entity.columns()) {
            Column first = columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
            if (first == null) {
                continue;
            }
            if (column.columnAnnotation().isPresent()) {
                diagnostics.error(entity, column.accessor(), column.columnAnnotation().get(), "name",
                        Message.DUPLICATE_COLUMN, entity.simpleName(), column.accessorName(), column.name(),
                        first.accessorName());
            } else {
                diagnostics.error(entity, column.accessor(), Message.DUPLICATE_COLUMN,
                        entity.simpleName(), column.accessorName(), column.name(), first.accessorName());
            }
        }
    }
}
