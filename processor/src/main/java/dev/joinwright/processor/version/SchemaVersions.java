package dev.joinwright.processor.version;

import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.sql.DdlPlanner;
import dev.joinwright.processor.sql.SchemaDdl;
import dev.joinwright.processor.sql.SqlDialect;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.Message;
import dev.joinwright.processor.write.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The schema's versions (SPEC section 11): checks the model against the snapshots in the
 * {@value #SCHEMA_DIR_OPTION} directory, writes the snapshot of a new version, reports unsafe
 * changes, and writes the Flyway scripts of every version from the snapshots, so that a script
 * once written never changes.
 */
public final class SchemaVersions {
    /** The processor option naming the directory of the snapshots. */
    public static final String SCHEMA_DIR_OPTION = "joinwright.schemaDir";
    /** The folder of the migration scripts inside the class output; one sub-folder per dialect. */
    public static final String FOLDER = "META-INF/joinwright/migration/";

    private final BoundSchema schema;
    private final SchemaAnnotation annotation;
    private final String schemaClass;
    private final Diagnostics diagnostics;
    private final Output output;

    private SchemaVersions(BoundSchema schema, SchemaAnnotation annotation, String schemaClass, Diagnostics diagnostics,
            Output output) {
        this.schema = schema;
        this.annotation = annotation;
        this.schemaClass = schemaClass;
        this.diagnostics = diagnostics;
        this.output = output;
    }

    /**
     * Checks the versions of {@code schema} and writes its snapshot and scripts; reports what is
     * wrong instead, and then writes neither.
     *
     * @param schemaDir the option's value, or {@code null}
     */
    public static void run(BoundSchema schema, SchemaAnnotation annotation, String schemaClass, String schemaDir,
            Diagnostics diagnostics, Output output) throws IOException {
        new SchemaVersions(schema, annotation, schemaClass, diagnostics, output).run(schemaDir);
    }

    private void run(String schemaDir) throws IOException {
        int version = annotation.version();
        if (version < 1) {
            error(SchemaAnnotation.VERSION, Message.SCHEMA_VERSION_INVALID, version, annotation.element().getSimpleName());
            return;
        }
        Snapshot current = current(version);
        if (schemaDir == null || schemaDir.isBlank()) {
            if (version > 1) {
                error(SchemaAnnotation.VERSION, Message.SCHEMA_DIR_MISSING, version,
                        annotation.element().getQualifiedName(), version - 1);
                return;
            }
            writeScripts(List.of(current));
            return;
        }
        Path folder = Path.of(schemaDir.trim()).resolve(schemaClass);
        List<Snapshot> snapshots = new ArrayList<>();
        for (int k = 1; k < version; k++) {
            Optional<Snapshot> snapshot = read(folder, k, true);
            if (snapshot.isEmpty()) {
                return;
            }
            snapshots.add(snapshot.get());
        }
        Path file = file(folder, version);
        if (Files.exists(file)) {
            Optional<Snapshot> frozen = read(folder, version, false);
            if (frozen.isEmpty()) {
                return;
            }
            SchemaDiff diff = SchemaDiff.between(frozen.get(), current);
            if (!diff.isEmpty()) {
                error(SchemaAnnotation.VERSION, Message.SCHEMA_FROZEN, version, version + 1, file,
                        String.join("; ", diff.summary()));
                return;
            }
            snapshots.add(frozen.get());
        } else {
            if (version > 1 && !safe(SchemaDiff.between(snapshots.get(version - 2), current), version)) {
                return;
            }
            Files.createDirectories(folder);
            Files.writeString(file, SnapshotJson.write(schemaClass, current), StandardCharsets.UTF_8);
            snapshots.add(current);
        }
        writeScripts(snapshots);
    }

    /** The model as the snapshot of {@code version}. */
    private Snapshot current(int version) {
        SchemaDdl ddl = DdlPlanner.plan(schema);
        Map<String, String> tableRenames = new TreeMap<>();
        Map<String, Map<String, String>> columnRenames = new TreeMap<>();
        for (Entity entity : schema.entities()) {
            renamedFrom(entity.annotation()).ifPresent(previous -> tableRenames.put(entity.table(), previous));
            for (Column column : entity.columns()) {
                column.columnAnnotation().flatMap(SchemaVersions::renamedFrom).ifPresent(previous ->
                        columnRenames.computeIfAbsent(entity.table(), t -> new TreeMap<>()).put(column.name(), previous));
            }
        }
        return new Snapshot(version, ddl, tableRenames, columnRenames, List.copyOf(new TreeSet<>(annotation.drops())));
    }

    private static Optional<String> renamedFrom(javax.lang.model.element.AnnotationMirror mirror) {
        return Annotations.explicitValue(mirror, "renamedFrom").map(AnnotationValue::getValue)
                .filter(String.class::isInstance).map(String.class::cast).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Path file(Path folder, int version) {
        return folder.resolve(version + ".json");
    }

    private Optional<Snapshot> read(Path folder, int version, boolean earlier) throws IOException {
        Path file = file(folder, version);
        if (!Files.exists(file)) {
            error(SchemaAnnotation.VERSION, Message.SNAPSHOT_MISSING, annotation.version(),
                    annotation.element().getQualifiedName(), version, file);
            return Optional.empty();
        }
        try {
            return Optional.of(SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8), version));
        } catch (Json.ParseException e) {
            error(SchemaAnnotation.VERSION, Message.SNAPSHOT_UNREADABLE, file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Reports the unsafe changes of a new version that its drops do not acknowledge. */
    private boolean safe(SchemaDiff diff, int version) {
        boolean safe = true;
        for (SchemaDiff.Unsafe unsafe : diff.unsafe()) {
            switch (unsafe.kind()) {
                case TABLE_DROPPED -> {
                    if (!annotation.drops().contains(unsafe.table())) {
                        error(SchemaAnnotation.DROPS, Message.TABLE_DROPPED, version, unsafe.table());
                        safe = false;
                    }
                }
                case COLUMN_DROPPED -> {
                    String previousTable = diff.kept().stream().filter(k -> k.after().name().equals(unsafe.table()))
                            .findFirst().map(k -> k.before().name()).orElse(unsafe.table());
                    if (!annotation.drops().contains(unsafe.table() + "." + unsafe.column())
                            && !annotation.drops().contains(previousTable + "." + unsafe.column())) {
                        error(SchemaAnnotation.DROPS, Message.COLUMN_DROPPED, version, unsafe.table(), unsafe.column());
                        safe = false;
                    }
                }
                case NOT_NULL_ADDED -> {
                    onColumn(unsafe, Message.NOT_NULL_COLUMN_ADDED, version, unsafe.table(), unsafe.column());
                    safe = false;
                }
                case MADE_NOT_NULL -> {
                    onColumn(unsafe, Message.COLUMN_MADE_NOT_NULL, version, unsafe.table(), unsafe.column());
                    safe = false;
                }
                case NARROWED -> {
                    onColumn(unsafe, Message.COLUMN_NARROWED, version, unsafe.table(), unsafe.column(),
                            unsafe.before(), unsafe.after());
                    safe = false;
                }
                case TYPE_CHANGED -> {
                    onColumn(unsafe, Message.COLUMN_TYPE_CHANGED, version, unsafe.table(), unsafe.column(),
                            unsafe.before(), unsafe.after());
                    safe = false;
                }
                case KEY_CHANGED -> {
                    Element element = tableElement(unsafe.table()).orElse(annotation.element());
                    diagnostics.error(element, Message.PRIMARY_KEY_CHANGED, version, unsafe.table(), unsafe.before(),
                            unsafe.after());
                    safe = false;
                }
            }
        }
        return safe;
    }

    /** An error on the accessor of a column, else on its table's entity, else on {@code @Schema}. */
    private void onColumn(SchemaDiff.Unsafe unsafe, Message message, Object... args) {
        Optional<Element> accessor = schema.entities().stream().filter(e -> e.table().equals(unsafe.table()))
                .flatMap(e -> e.columns().stream()).filter(c -> c.name().equals(unsafe.column()))
                .map(c -> (Element) c.accessor()).findFirst();
        diagnostics.error(accessor.or(() -> tableElement(unsafe.table())).orElse(annotation.element()), message, args);
    }

    /** The entity of a table, or the first relationship declaring an association table. */
    private Optional<Element> tableElement(String table) {
        Optional<Element> entity = schema.entities().stream().filter(e -> e.table().equals(table))
                .map(e -> (Element) e.element()).findFirst();
        return entity.or(() -> schema.relations().stream()
                .filter(r -> r.association().map(AssociationTable::name).filter(table::equals).isPresent())
                .map(Relation::decl).map(d -> (Element) d.accessor()).findFirst());
    }

    private void error(String attribute, Message message, Object... args) {
        diagnostics.error(annotation.element(), annotation.annotation(), attribute, message, args);
    }

    /** V1 from snapshot 1, each later V&lt;k&gt; from the diff of snapshots k−1 and k, per dialect. */
    private void writeScripts(List<Snapshot> snapshots) throws IOException {
        List<Element> originating = new ArrayList<>();
        originating.add(annotation.element());
        schema.entities().forEach(e -> originating.add(e.element()));
        Element[] elements = originating.toArray(Element[]::new);
        for (SqlDialect dialect : SqlDialect.values()) {
            Snapshot first = snapshots.get(0);
            output.writeResource(path(dialect, 1, ".sql"),
                    SchemaDdl.script(createHeader(dialect), first.ddl().createStatements(dialect)), elements);
            for (int k = 2; k <= snapshots.size(); k++) {
                SchemaDiff diff = SchemaDiff.between(snapshots.get(k - 2), snapshots.get(k - 1));
                output.writeResource(path(dialect, k, ".sql"),
                        SchemaDdl.script(MigrationScript.header(dialect, k), MigrationScript.statements(diff, dialect)),
                        elements);
                if (MigrationScript.nonTransactional(dialect)) {
                    output.writeResource(path(dialect, k, ".sql.conf"), "executeInTransaction=false\n", elements);
                }
            }
        }
    }

    /** {@code META-INF/joinwright/migration/h2/V1__create_schema.sql}, {@code …/V2__schema_version_2.sql}. */
    public static String path(SqlDialect dialect, int version, String suffix) {
        String description = version == 1 ? "create_schema" : "schema_version_" + version;
        return FOLDER + dialect.id() + "/V" + version + "__" + description + suffix;
    }

    private static List<String> createHeader(SqlDialect dialect) {
        return List.of("Joinwright schema version 1 for " + dialect.displayName() + " (dialect " + dialect.id()
                        + "): creates the tables of snapshot 1.",
                "Generated by the Joinwright annotation processor from the snapshot; do not edit.");
    }
}
