package dev.joinwright.processor.validate;

import javax.lang.model.type.TypeMirror;

/** Types as a user wrote them in messages: simple names, without type-use annotations. */
final class TypeNames {
    private TypeNames() {}

    /** {@code @test.Nullable java.util.List<test.Post>} → {@code List<Post>}. */
    static String simple(TypeMirror type) {
        return type.toString()
                .replaceAll("@[\\w.$]+(\\([^)]*\\))?\\s*", "")
                .replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Za-z_$])", "")
                .trim();
    }
}
