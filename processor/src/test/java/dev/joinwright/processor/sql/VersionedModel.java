package dev.joinwright.processor.sql;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinwright.processor.testing.Compilations;
import dev.joinwright.processor.version.SchemaVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A model in several versions ({@code src/test/resources/models/<name>1/}, {@code <name>2/}, …),
 * compiled one after the other into one snapshot directory, as a user's successive builds would.
 */
public final class VersionedModel {
    private final String name;
    private final Path schemaDir;
    private final List<Compilation> builds = new ArrayList<>();

    private VersionedModel(String name, Path schemaDir) {
        this.name = name;
        this.schemaDir = schemaDir;
    }

    /** Compiles versions 1 to {@code last} of the model into a fresh snapshot directory. */
    public static VersionedModel build(String name, int last) {
        try {
            VersionedModel model = new VersionedModel(name, Files.createTempDirectory("joinwright-schemas"));
            for (int version = 1; version <= last; version++) {
                model.compile(version);
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles one version, which must compile without warnings. */
    public Compilation compile(int version) {
        Compilation compilation = compileWith(version, List.of());
        assertThat(compilation).succeededWithoutWarnings();
        builds.add(compilation);
        return compilation;
    }

    /**
     * Compiles one version's sources with this model's snapshot directory, each source of
     * {@code replacements} in place of the model's file of the same simple name (or added).
     */
    public Compilation compileWith(int version, List<javax.tools.JavaFileObject> replacements) {
        List<String> options = new ArrayList<>(CompiledModel.STRICT);
        options.add("-A" + SchemaVersions.SCHEMA_DIR_OPTION + "=" + schemaDir);
        return Compilations.compile(options, sources(name, version, replacements));
    }

    /** A version's sources, with {@code replacements} in place of the files of the same simple name. */
    public static javax.tools.JavaFileObject[] sources(String name, int version,
            List<javax.tools.JavaFileObject> replacements) {
        List<javax.tools.JavaFileObject> sources = new ArrayList<>();
        java.util.Set<String> replaced = new java.util.HashSet<>();
        replacements.forEach(r -> replaced.add(simpleName(r)));
        for (javax.tools.JavaFileObject source : CompiledModel.sources(name + version)) {
            if (!replaced.contains(simpleName(source))) {
                sources.add(source);
            }
        }
        sources.addAll(replacements);
        return sources.toArray(javax.tools.JavaFileObject[]::new);
    }

    private static String simpleName(javax.tools.JavaFileObject source) {
        String path = source.toUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public Path schemaDir() {
        return schemaDir;
    }

    /** The last build. */
    public Compilation last() {
        return builds.get(builds.size() - 1);
    }

    /** The builds, first to last. */
    public List<Compilation> builds() {
        return builds;
    }

    /** The migration script {@code V<version>} of a dialect in the last build. */
    public String script(SqlDialect dialect, int version) {
        return CompiledModel.text(last(), SchemaVersions.path(dialect, version, ".sql"))
                .orElseThrow(() -> new AssertionError("not generated: V" + version + " for " + dialect));
    }

    /** The script configuration {@code V<version>__….sql.conf}, if there is one. */
    public Optional<String> scriptConfiguration(SqlDialect dialect, int version) {
        return CompiledModel.text(last(), SchemaVersions.path(dialect, version, ".sql.conf"));
    }
}
