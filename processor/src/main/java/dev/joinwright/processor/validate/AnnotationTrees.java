package dev.joinwright.processor.validate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Places an error on an annotation that javac wrapped into its container ({@code @Unique} written
 * twice becomes {@code @Unique.List}): the {@code Messager} finds no source position for such a
 * mirror and falls back to the element. Through javac's tree API, the n-th annotation of that type
 * written on the element is the n-th of the container. Without javac (another compiler) it does
 * nothing, and the error goes on the element.
 */
final class AnnotationTrees {
    private final Trees trees;
    private final Types types;

    private AnnotationTrees(Trees trees, Types types) {
        this.trees = trees;
        this.types = types;
    }

    static AnnotationTrees of(ProcessingEnvironment env) {
        try {
            return new AnnotationTrees(Trees.instance(env), env.getTypeUtils());
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return new AnnotationTrees(null, null);
        }
    }

    /** A locator that never places anything (for a {@code Messager} without javac). */
    static AnnotationTrees none() {
        return new AnnotationTrees(null, null);
    }

    /** Prints {@code text} as an error on the repeated {@code annotation}'s tree; whether it could. */
    boolean printError(Element element, AnnotationMirror annotation, String text) {
        if (trees == null || element.getAnnotationMirrors().contains(annotation)) {
            return false;
        }
        int index = indexInContainer(element, annotation);
        TreePath path = index < 0 ? null : trees.getPath(element);
        if (path == null) {
            return false;
        }
        int seen = 0;
        for (AnnotationTree tree : annotations(path.getLeaf())) {
            TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(path, tree), tree.getAnnotationType()));
            if (type != null && types.isSameType(type, annotation.getAnnotationType()) && seen++ == index) {
                trees.printMessage(Diagnostic.Kind.ERROR, text, tree, path.getCompilationUnit());
                return true;
            }
        }
        return false;
    }

    /** The annotation's position among the items of the container it is in, or -1. */
    private static int indexInContainer(Element element, AnnotationMirror annotation) {
        for (AnnotationMirror container : element.getAnnotationMirrors()) {
            for (AnnotationValue value : container.getElementValues().values()) {
                if (value.getValue() instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof AnnotationValue item && item.getValue() == annotation) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }

    private static List<? extends AnnotationTree> annotations(Tree tree) {
        if (tree instanceof ClassTree type) {
            return type.getModifiers().getAnnotations();
        }
        if (tree instanceof MethodTree method) {
            return method.getModifiers().getAnnotations();
        }
        return List.of();
    }
}
