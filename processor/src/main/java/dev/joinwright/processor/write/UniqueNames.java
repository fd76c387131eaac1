package dev.joinwright.processor.write;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * One namespace of a generated type (its fields, its methods of one arity, its locals, its
 * constants): names are handed out once, so that no two generated members, and no generated
 * member and user accessor, ever share one (Dagger's {@code UniqueNameSet}).
 *
 * <p>Names that must be exactly what they are (a user's accessor) are {@link #reserve reserved}
 * first; every other name is {@link #claim claimed}: the preferred name if it is free, else the
 * first free one of {@code name2}, {@code name3}, ... Claims happen in declaration order, so the
 * same model always gets the same names.
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();

    UniqueNames(String... reserved) {
        for (String name : reserved) {
            reserve(name);
        }
    }

    /** Takes {@code name} as it is; whether it was free. */
    boolean reserve(String name) {
        return taken.add(name);
    }

    boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** {@code preferred} if free (and not a Java keyword), else the first free numbered variant. */
    String claim(String preferred) {
        String name = preferred;
        for (int n = 2; taken.contains(name) || SourceVersion.isKeyword(name); n++) {
            name = preferred + n;
        }
        taken.add(name);
        return name;
    }
}
