package dev.joinwright.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Nested fetch plans: after a DAO loaded one relationship of many rows in one batched statement
 * (a map from each parent's key to its related rows), the related rows of all parents are loaded
 * with the nested plan in one call of their DAO's {@code load}, that is in one statement per
 * relationship of the next level, however many parents there are, and put back in place. Internal:
 * for generated code only.
 *
 * <p>{@code load} must return the rows it is given, loaded, in the same order (as every generated
 * {@code load} does).
 */
public final class FetchPlans {
    private FetchPlans() {}

    /** Replaces each list of related rows with the same rows loaded by {@code load}, one call for all. */
    public static <K, R> void nestLists(Map<K, List<R>> byParent, UnaryOperator<List<R>> load) {
        List<R> all = new ArrayList<>();
        byParent.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return;
        }
        Iterator<R> loaded = loaded(all, load);
        for (Map.Entry<K, List<R>> entry : byParent.entrySet()) {
            List<R> rows = new ArrayList<>(entry.getValue().size());
            for (int i = 0; i < entry.getValue().size(); i++) {
                rows.add(loaded.next());
            }
            entry.setValue(rows);
        }
    }

    /** Replaces each present related row with the same row loaded by {@code load}, one call for all. */
    public static <K, R> void nestOptionals(Map<K, Optional<R>> byParent, UnaryOperator<List<R>> load) {
        List<R> all = new ArrayList<>();
        byParent.values().forEach(row -> row.ifPresent(all::add));
        if (all.isEmpty()) {
            return;
        }
        Iterator<R> loaded = loaded(all, load);
        for (Map.Entry<K, Optional<R>> entry : byParent.entrySet()) {
            if (entry.getValue().isPresent()) {
                entry.setValue(Optional.of(loaded.next()));
            }
        }
    }

    /** Replaces each related row (never null: a NOT NULL reference) with the same row loaded by {@code load}. */
    public static <K, R> void nestRows(Map<K, R> byParent, UnaryOperator<List<R>> load) {
        List<R> all = new ArrayList<>(byParent.values());
        if (all.isEmpty()) {
            return;
        }
        Iterator<R> loaded = loaded(all, load);
        for (Map.Entry<K, R> entry : byParent.entrySet()) {
            entry.setValue(loaded.next());
        }
    }

    private static <R> Iterator<R> loaded(List<R> rows, UnaryOperator<List<R>> load) {
        List<R> loaded = load.apply(rows);
        if (loaded.size() != rows.size()) {
            throw new IllegalStateException("A nested load returned " + loaded.size() + " rows for " + rows.size());
        }
        return loaded.iterator();
    }
}
