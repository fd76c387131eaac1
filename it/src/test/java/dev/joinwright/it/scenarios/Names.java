package dev.joinwright.it.scenarios;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Renders navigation answers as sorted text, so that four databases can be compared to one string. */
final class Names {
    private Names() {}

    static <T> String list(Collection<? extends T> rows, Function<T, String> name) {
        return rows.stream().map(name).sorted().collect(Collectors.joining(",", "[", "]"));
    }

    static <T> String opt(Optional<? extends T> row, Function<T, String> name) {
        return row.map(name).orElse("-");
    }

    /** A batched answer keyed by parent id, with parent ids renamed by {@code parents}. */
    static <V> String map(Map<Long, V> answer, Map<Long, String> parents, Function<V, String> render) {
        Map<String, String> sorted = new TreeMap<>();
        answer.forEach((k, v) -> sorted.put(parents.getOrDefault(k, "?" + k), render.apply(v)));
        return sorted.toString();
    }

    static <T> Map<Long, String> ids(List<? extends T> rows, ToLongFunction<T> id, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(id::applyAsLong, name));
    }
}
