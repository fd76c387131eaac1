package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.parse.Annotations;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors at the most precise place (element, annotation, annotation value) and remembers
 * which entities are in error, so that nothing is generated for them.
 */
public final class Diagnostics {
    private final Messager messager;
    private final AnnotationTrees annotationTrees;
    private final Set<String> erroneous = new HashSet<>();
    private int errorCount;
    private Element focus;

    public Diagnostics(Messager messager) {
        this(messager, AnnotationTrees.none());
    }

    /** Diagnostics that also place errors on repeated annotations, through javac's trees where it runs. */
    public Diagnostics(javax.annotation.processing.ProcessingEnvironment env) {
        this(env.getMessager(), AnnotationTrees.of(env));
    }

    private Diagnostics(Messager messager, AnnotationTrees annotationTrees) {
        this.messager = messager;
        this.annotationTrees = annotationTrees;
    }

    /** An error on an element of {@code entity}. */
    public void error(Entity entity, Element element, Message message, Object... args) {
        record(entity);
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** An error on an element that no parsed entity stands for yet. */
    public void error(Element element, Message message, Object... args) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /**
     * An error on an annotation of an element: on the attribute's value when it was written, else on
     * the annotation.
     */
    public void error(Entity entity, Element element, AnnotationMirror annotation, String attribute,
            Message message, Object... args) {
        record(entity);
        if (annotationTrees.printError(element, annotation, message.format(args))) {
            return; // a repeated annotation, which the Messager cannot place
        }
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, attribute);
        if (value.isPresent()) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value.get());
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        }
    }

    /**
     * An error on an attribute of an annotation that belongs to no entity ({@code @Schema}): on the
     * attribute's value when it was written, else on the annotation.
     */
    public void error(Element element, AnnotationMirror annotation, String attribute, Message message, Object... args) {
        errorCount++;
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, attribute);
        if (value.isPresent()) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value.get());
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        }
    }

    /** The element being processed, where an internal error is reported. */
    public void focus(Element element) {
        focus = element;
    }

    /** The element {@link #focus} was last given, or {@code fallback}. */
    public Element focusOr(Element fallback) {
        return focus == null ? fallback : focus;
    }

    /** An error that is not the user's fault: reported once, with the trace, never thrown. */
    public void internalError(Element element, Throwable t) {
        errorCount++;
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        messager.printMessage(Diagnostic.Kind.ERROR,
                "internal error in Joinwright, please report: " + t + "\n" + trace, element);
    }

    private void record(Entity entity) {
        errorCount++;
        erroneous.add(entity.qualifiedName());
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public boolean isErroneous(Entity entity) {
        return erroneous.contains(entity.qualifiedName());
    }
}
