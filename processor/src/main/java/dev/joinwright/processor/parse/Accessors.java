package dev.joinwright.processor.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The accessors of an entity type as javac sees them: its abstract member methods, inherited ones
 * included, each with its return type as a member of the entity ({@code Types.asMemberOf}), so
 * that {@code @Id K id()} of {@code HasId<Long>} is a {@code Long}. A {@code default} method that
 * implements a super-interface's accessor makes it the user's own method, not a column, and the
 * methods of {@code Object} an interface may redeclare ({@code hashCode()}, {@code toString()},
 * {@code equals(Object)}) are the record's to implement. Order: the type's own methods in
 * declaration order, then each super-interface's, depth first.
 */
final class Accessors {
    /** One accessor and its return type as a member of the entity. */
    record Member(ExecutableElement method, TypeMirror returnType) {}

    private final Elements elements;
    private final Types types;

    Accessors(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    List<Member> of(TypeElement type) {
        Set<ExecutableElement> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(ElementFilter.methodsIn(elements.getAllMembers(type)));
        Map<String, ExecutableElement> byName = new LinkedHashMap<>();
        collect(type, byName);
        List<Member> accessors = new ArrayList<>();
        DeclaredType owner = (DeclaredType) type.asType();
        for (ExecutableElement method : byName.values()) {
            if (members.contains(method) && method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method)) {
                accessors.add(new Member(method, returnType(owner, method)));
            }
        }
        return accessors;
    }

    /** Every method of the type and its super-interfaces, the nearest declaration of each name first. */
    private void collect(TypeElement type, Map<String, ExecutableElement> byName) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.STATIC)) {
                byName.putIfAbsent(method.getSimpleName().toString(), method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) parent).asElement(), byName);
            }
        }
    }

    private TypeMirror returnType(DeclaredType owner, ExecutableElement method) {
        try {
            return ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
        } catch (IllegalArgumentException e) {
            return method.getReturnType(); // not a member after all (an erroneous hierarchy)
        }
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        return (parameters == 0 && (name.equals("hashCode") || name.equals("toString")))
                || (parameters == 1 && name.equals("equals")
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object"));
    }
}
