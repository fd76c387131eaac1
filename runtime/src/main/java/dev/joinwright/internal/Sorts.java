package dev.joinwright.internal;

import dev.joinwright.Dialect;
import dev.joinwright.Sort;

/** The ORDER BY of a query with a dynamic {@link Sort}. Internal: for generated code only. */
public final class Sorts {
    private Sorts() {}

    /** {@code " ORDER BY x.last_name, x.gpa DESC, x.id"}: the sort's terms, then the key's. */
    public static String orderBy(Sort<?> sort, Dialect dialect, String key) {
        StringBuilder sql = new StringBuilder(" ORDER BY ");
        if (sort != null) {
            for (Sort.Order<?> order : sort.orders()) {
                sql.append(order.sql(dialect)).append(", ");
            }
        }
        return sql.append(key).toString();
    }
}
