package dev.joinwright.processor.validate;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Small entity sources for negative tests: package {@code test}, the usual imports, a local Nullable. */
final class TestEntities {
    static final JavaFileObject NULLABLE = Compilations.source("test.Nullable",
            "package test;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target({ElementType.METHOD, ElementType.TYPE_USE})",
            "public @interface Nullable {}");

    private TestEntities() {}

    /** A source file {@code test.<simpleName>} with the given body lines after the imports. */
    static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>(List.of(
                "package test;",
                "import dev.joinwright.*;",
                "import java.math.BigDecimal;",
                "import java.util.*;"));
        all.addAll(List.of(lines));
        return Compilations.source("test." + simpleName, all.toArray(String[]::new));
    }

    /** Compiles the sources together with {@link #NULLABLE}. */
    static Compilation compile(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.add(NULLABLE);
        return Compilations.compile(all.toArray(JavaFileObject[]::new));
    }
}
