package dev.joinwright.processor.discover;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Whether javac compiles a type from source in this compilation (a root, or a type found on the
 * source path) or read it from a class file. Asks javac's tree API; on a compiler without it,
 * every type that is not a root counts as a class file.
 */
final class Sources {
    private final Object trees;

    Sources(ProcessingEnvironment env) {
        Object found;
        try {
            found = com.sun.source.util.Trees.instance(env);
        } catch (RuntimeException | LinkageError e) {
            found = null; // not javac
        }
        this.trees = found;
    }

    boolean isSource(Element element) {
        if (trees == null) {
            return false;
        }
        try {
            return ((com.sun.source.util.Trees) trees).getPath(element) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
