package dev.joinwright.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The valid "harder" model passes every rule: reserved-word tables, two FKs to one entity picked
 * by {@code foreignKey}, a self-reference, a two-table FK cycle broken by a nullable FK, a
 * one-to-one, and a self-referential many-to-many with explicit association columns.
 */
class HarderModelCompilesTest {
    static JavaFileObject[] harderModel() {
        return Stream.of("Nullable", "User", "Order", "Group", "Employee", "Department", "Passport")
                .map(name -> Compilations.resource("models/harder/" + name + ".java"))
                .toArray(JavaFileObject[]::new);
    }

    @Test
    void harderModelCompilesWithoutWarnings() {
        Compilation compilation = Compilations.compile(harderModel());
        assertThat(compilation).succeededWithoutWarnings();
    }
}
