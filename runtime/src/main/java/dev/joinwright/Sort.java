package dev.joinwright;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A typed ORDER BY chosen at run time, a trailing parameter of a derived query
 * ({@code List<Student> findByStatus(Status status, Sort<Student> sort)}). Its columns are the
 * constants the processor generates in the DAO ({@code StudentDao.SortBy.LAST_NAME}), so only
 * columns of the entity can be named, and no text reaches the SQL:
 *
 * <pre>{@code
 * queries.findByStatus(Status.ENROLLED, Sort.by(StudentDao.SortBy.LAST_NAME.asc(), StudentDao.SortBy.GPA.desc()));
 * }</pre>
 *
 * <p>The entity's key always ends the order, so ties (and pages) are stable. NULLs come first
 * ascending and last descending on every database.
 *
 * @param <E> the entity
 */
public final class Sort<E> {
    private final List<Order<E>> orders;

    private Sort(List<Order<E>> orders) {
        this.orders = List.copyOf(orders);
    }

    /** The order of these terms, the first one deciding first. */
    @SafeVarargs
    public static <E> Sort<E> by(Order<E>... orders) {
        return new Sort<>(List.of(orders));
    }

    /** This order, then {@code order}. */
    public Sort<E> then(Order<E> order) {
        List<Order<E>> all = new ArrayList<>(orders);
        all.add(Objects.requireNonNull(order, "order"));
        return new Sort<>(all);
    }

    public List<Order<E>> orders() {
        return orders;
    }

    @Override
    public String toString() {
        return "Sort" + orders;
    }

    /** One term: a column and its direction. */
    public record Order<E>(Column<E> column, boolean descending) {
        public Order {
            Objects.requireNonNull(column, "column");
        }

        /** The term as {@code dialect} writes it, for generated code. */
        public String sql(Dialect dialect) {
            return column.term(dialect, descending);
        }

        @Override
        public String toString() {
            return column.name() + (descending ? " DESC" : " ASC");
        }
    }

    /**
     * A column a {@link Sort} can name; generated as constants of the DAO, never built by hand.
     *
     * @param <E> the entity
     */
    public static final class Column<E> {
        private final String name;
        private final String[] ascending;
        private final String[] descending;

        private Column(String name, String[] ascending, String[] descending) {
            this.name = name;
            this.ascending = ascending.clone();
            this.descending = descending.clone();
        }

        /**
         * For generated code: the column's ORDER BY term in each {@link Dialect}, in the order of
         * {@link Dialect#values()}.
         */
        public static <E> Column<E> of(String name, String[] ascending, String[] descending) {
            if (ascending.length != Dialect.values().length || descending.length != Dialect.values().length) {
                throw new IllegalArgumentException("one term per dialect expected for " + name);
            }
            return new Column<>(name, ascending, descending);
        }

        public Order<E> asc() {
            return new Order<>(this, false);
        }

        public Order<E> desc() {
            return new Order<>(this, true);
        }

        /** The property's name, {@code lastName}. */
        public String name() {
            return name;
        }

        String term(Dialect dialect, boolean desc) {
            return (desc ? descending : ascending)[dialect.ordinal()];
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
