package dev.joinwright.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Completes the javadoc of generated public and protected methods so that {@code javadoc
 * -Xdoclint:all} (and so {@code failOnWarnings}) passes on a user's project: an {@code @param}
 * for every parameter, an {@code @return} derived from the summary sentence, a {@code @throws}
 * for every checked exception. Tags a writer wrote are kept.
 */
final class JavadocCompleter {
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("db", "the database"),
            Map.entry("id", "the key"),
            Map.entry("parents", "the rows whose related rows are read"),
            Map.entry("targets", "the rows to link or unlink"),
            Map.entry("rows", "the rows"),
            Map.entry("fetches", "the relationships to load eagerly"),
            Map.entry("offset", "how many rows to skip"),
            Map.entry("limit", "the most rows to return"),
            Map.entry("value", "the value to look for"),
            Map.entry("rs", "the result set, on the row to read"),
            Map.entry("first", "the index of the row's first column"),
            Map.entry("dialect", "the database's dialect"),
            Map.entry("connection", "the connection"),
            Map.entry("dataSource", "the data source to borrow a connection from"),
            Map.entry("source", "the row to copy"));

    private JavadocCompleter() {}

    /** The type with every visible method's javadoc completed, nested types included. */
    static TypeSpec complete(TypeSpec type) {
        TypeSpec.Builder builder = switch (type.kind()) {
            case CLASS -> TypeSpec.classBuilder(type.name());
            case ENUM -> TypeSpec.enumBuilder(type.name());
            case INTERFACE -> TypeSpec.interfaceBuilder(type.name());
            default -> null;
        };
        if (builder == null) {
            return type;
        }
        builder.addJavadoc(type.javadoc()).addAnnotations(type.annotations())
                .addModifiers(type.modifiers().toArray(Modifier[]::new))
                .addSuperinterfaces(type.superinterfaces());
        if (!type.superclass().equals(com.palantir.javapoet.ClassName.OBJECT)) {
            builder.superclass(type.superclass());
        }
        type.enumConstants().forEach(builder::addEnumConstant);
        builder.addFields(type.fieldSpecs());
        if (!type.staticBlock().isEmpty()) {
            builder.addStaticBlock(type.staticBlock());
        }
        type.methodSpecs().forEach(method -> builder.addMethod(complete(method)));
        type.typeSpecs().forEach(nested -> builder.addType(complete(nested)));
        type.originatingElements().forEach(builder::addOriginatingElement);
        return builder.build();
    }

    private static MethodSpec complete(MethodSpec method) {
        boolean visible = method.modifiers().contains(Modifier.PUBLIC) || method.modifiers().contains(Modifier.PROTECTED);
        if (!visible || method.javadoc().isEmpty()) {
            return method;
        }
        String doc = method.javadoc().toString();
        CodeBlock.Builder tags = CodeBlock.builder();
        boolean tagged = doc.contains("\n@");
        for (ParameterSpec parameter : method.parameters()) {
            if (!doc.contains("@param " + parameter.name() + " ")) {
                tags.add("@param $L $L\n", parameter.name(), parameterText(parameter));
            }
        }
        if (!method.isConstructor() && !method.returnType().equals(TypeName.VOID) && !doc.contains("@return ")) {
            tags.add("@return $L\n", returnText(doc, method.returnType()));
        }
        for (TypeName exception : method.exceptions()) {
            String simple = exception.toString().substring(exception.toString().lastIndexOf('.') + 1);
            if (!doc.contains("@throws " + simple) && !doc.contains("@throws " + exception)) {
                tags.add("@throws $L if the database reports an error\n", simple);
            }
        }
        CodeBlock added = tags.build();
        if (added.isEmpty()) {
            return method;
        }
        MethodSpec.Builder builder = method.isConstructor()
                ? MethodSpec.constructorBuilder() : MethodSpec.methodBuilder(method.name()).returns(method.returnType());
        builder.addJavadoc(method.javadoc()).addJavadoc(tagged ? "" : "\n").addJavadoc(added)
                .addAnnotations(method.annotations())
                .addModifiers(method.modifiers().toArray(Modifier[]::new))
                .addTypeVariables(method.typeVariables())
                .addParameters(method.parameters())
                .varargs(method.varargs())
                .addExceptions(method.exceptions())
                .addCode(method.code());
        return builder.build();
    }

    private static String parameterText(ParameterSpec parameter) {
        String known = PARAMETERS.get(parameter.name());
        if (known != null) {
            return known;
        }
        TypeName type = parameter.type().withoutAnnotations();
        if (type instanceof ClassName c && parameter.name().toLowerCase(Locale.ROOT)
                .startsWith(c.simpleName().toLowerCase(Locale.ROOT))) {
            return "the {@code " + c.simpleName() + "} row";
        }
        return type instanceof ClassName c ? "the {@code " + c.simpleName() + "}" : "the {@code " + parameter.name() + "}";
    }

    /**
     * {@code The row with this key, if there is one.} → {@code the row with this key, if there is
     * one}; a summary that starts with a verb ({@code Inserts …}) gets a text by return type.
     */
    private static String returnText(String doc, TypeName returnType) {
        String summary = doc.split("\\.(\\s|$)", 2)[0].replace('\n', ' ').strip();
        String first = summary.isEmpty() ? "" : summary.split("\\s", 2)[0];
        boolean nounPhrase = List.of("The", "A", "An", "Every", "Up", "Copies").contains(first);
        if (nounPhrase) {
            return summary.substring(0, 1).toLowerCase(Locale.ROOT) + summary.substring(1);
        }
        String type = returnType.withoutAnnotations().toString();
        if (type.startsWith("java.util.Map")) {
            return "what each parent references, by the parent's key; every parent is a key";
        }
        if (type.startsWith("java.util.List")) {
            return "the rows, as records";
        }
        if (returnType.equals(TypeName.BOOLEAN)) {
            return "whether a row changed";
        }
        return "the row as a record";
    }
}
