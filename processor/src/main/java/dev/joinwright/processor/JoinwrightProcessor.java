package dev.joinwright.processor;

import com.google.auto.service.AutoService;
import dev.joinwright.processor.discover.EntityDiscovery;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.version.SchemaAnnotation;
import dev.joinwright.processor.version.SchemaVersions;
import dev.joinwright.processor.write.Output;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Joinwright's annotation processor. It hands each round to the {@link Pipeline} (discover, parse,
 * bind, validate, write, accumulated across rounds) and keeps javac safe from its own bugs: an
 * unexpected exception becomes one error on the entity being processed, never a crash. It never
 * claims annotations.
 */
@AutoService(Processor.class)
public final class JoinwrightProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ENTITY, Annotations.QUERIES, SchemaAnnotation.NAME);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Output.SCHEMA_CLASS_OPTION, SchemaVersions.SCHEMA_DIR_OPTION,
                dev.joinwright.processor.verify.H2Verifier.DIALECT_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    private Pipeline pipeline;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        pipeline = new Pipeline(env);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Diagnostics diagnostics = new Diagnostics(processingEnv);
        try {
            pipeline.round(round, diagnostics);
        } catch (Throwable t) {
            List<TypeElement> entities = EntityDiscovery.entities(round, processingEnv.getElementUtils());
            diagnostics.internalError(pipeline.output().focused()
                    .orElseGet(() -> diagnostics.focusOr(entities.isEmpty() ? null : entities.get(0))), t);
        }
        return false;
    }
}
