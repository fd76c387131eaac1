package dev.joinwright.processor;

import com.google.auto.service.AutoService;
import dev.joinwright.processor.discover.EntityDiscovery;
import dev.joinwright.processor.model.Binder;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Schema;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.parse.EntityParser;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.ValidationContext;
import dev.joinwright.processor.validate.Validator;
import dev.joinwright.processor.write.Output;
import dev.joinwright.processor.write.Writers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Joinwright's annotation processor. It only sequences the phases — discover, parse, validate,
 * bind, write — and keeps javac safe from its own bugs: an unexpected exception becomes one error,
 * never a crash. It never claims annotations.
 */
@AutoService(Processor.class)
public final class JoinwrightProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ENTITY);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Output.SCHEMA_CLASS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> elements = EntityDiscovery.entities(round, processingEnv.getElementUtils());
        if (elements.isEmpty()) {
            return false;
        }
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        try {
            run(elements, diagnostics);
        } catch (Throwable t) {
            diagnostics.internalError(elements.get(0), t);
        }
        return false;
    }

    private void run(List<TypeElement> elements, Diagnostics diagnostics) throws Exception {
        EntityParser parser = new EntityParser(processingEnv);
        List<Entity> entities = new ArrayList<>();
        for (TypeElement element : elements) {
            entities.add(parser.parse(element));
        }
        Schema schema = new Schema(entities);
        Binder binder = new Binder(schema);
        Validator.validate(new ValidationContext(
                schema, binder, processingEnv.getTypeUtils(), processingEnv.getElementUtils(), diagnostics));
        if (diagnostics.hasErrors()) {
            return; // nothing is generated for a build in error
        }
        Writers.writeAll(binder.bind(), new Output(processingEnv.getFiler(), processingEnv.getOptions()));
    }
}
