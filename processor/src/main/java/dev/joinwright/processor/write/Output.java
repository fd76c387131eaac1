package dev.joinwright.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the writers put files. It adds what every generated type carries ({@code @Generated}
 * without a date, so that two builds give identical files) and records originating elements for
 * incremental builds.
 */
public final class Output {
    /** The processor option that names the schema class. */
    public static final String SCHEMA_CLASS_OPTION = "joinwright.schemaClass";
    static final String DEFAULT_SCHEMA_CLASS = dev.joinwright.processor.discover.SchemaScope.DEFAULT_SCHEMA_CLASS;

    private final Filer filer;
    private final Map<String, String> options;
    private Element focus;
    private String versionedSchemaClass;
    private String versionedBy;
    private int version;

    public Output(Filer filer, Map<String, String> options) {
        this.filer = filer;
        this.options = options;
    }

    /** The entity a writer is working on, where an internal error is reported. */
    public void focus(Element element) {
        focus = element;
    }

    /** The element {@link #focus} was last given, if any. */
    public java.util.Optional<Element> focused() {
        return java.util.Optional.ofNullable(focus);
    }

    /**
     * What no generated type is checked for: NullAway over the bodies (fields of builders and
     * unloaded relationships are null until set; the signatures carry the user's nullness and are
     * checked at every call).
     */
    private static final AnnotationSpec SUPPRESSIONS = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "NullAway")
            .build();

    /** The generated-code annotation, the same on every type. */
    public static AnnotationSpec generated() {
        return AnnotationSpec.builder(Generated.class)
                .addMember("value", "$S", "dev.joinwright.processor.JoinwrightProcessor")
                .build();
    }

    /**
     * Writes a generated type, adding {@code @Generated} and its originating elements.
     *
     * @param type the type, without {@code @Generated}
     * @param originating the entities it was derived from
     */
    public void writeType(String packageName, TypeSpec type, Iterable<? extends Element> originating)
            throws IOException {
        TypeSpec.Builder builder = JavadocCompleter.complete(type).toBuilder().addAnnotation(generated())
                .addAnnotation(SUPPRESSIONS);
        originating.forEach(builder::addOriginatingElement);
        JavaFile.builder(packageName, builder.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(filer);
    }

    /** Writes a class-output resource such as {@code META-INF/joinwright/h2.sql}. */
    public void writeResource(String path, String content, Element... originating) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write(content);
        }
    }

    /**
     * The schema is versioned by {@code @Schema(version)} on {@code schemaInterface}, which names the
     * schema class ({@code UniversitySchema} beside {@code University}).
     */
    public void versioned(String schemaInterface, int version, String schemaClass) {
        this.versionedBy = schemaInterface;
        this.version = version;
        this.versionedSchemaClass = schemaClass;
    }

    /** The interface carrying {@code @Schema}, or {@code null} when the schema is not versioned. */
    public String versionedBy() {
        return versionedBy;
    }

    /** The {@code @Schema} version, if {@link #versionedBy()} is set. */
    public int version() {
        return version;
    }

    /**
     * The schema class's name: the {@value #SCHEMA_CLASS_OPTION} option if set, else the one
     * {@code @Schema} names, else {@code JoinwrightSchema} in the longest package all entities share.
     */
    public ClassName schemaClass(BoundSchemaPackages packages) {
        String option = options.get(SCHEMA_CLASS_OPTION);
        if (option != null && !option.isBlank()) {
            return ClassName.bestGuess(option.trim());
        }
        if (versionedSchemaClass != null) {
            return ClassName.bestGuess(versionedSchemaClass);
        }
        return ClassName.get(packages.commonPackage(), DEFAULT_SCHEMA_CLASS);
    }
}
