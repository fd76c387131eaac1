package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.RelationshipDecl;
import dev.joinwright.processor.sql.SqlDialect;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Table, column and association names are plain SQL identifiers ({@code [A-Za-z_][A-Za-z0-9_]*}:
 * no quotes, semicolons, spaces or dashes) that fit every dialect's length limit; the error names
 * the tightest dialect that would truncate the name.
 */
final class IdentifierRule implements Rule {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.schema().entities()) {
            Checker checker = new Checker(context.diagnostics(), entity);
            checker.check(entity.element(), entity.annotation(), "table", "table name", entity.table());
            for (Column column : entity.columns()) {
                checker.check(column.accessor(), column.columnAnnotation().orElse(null), "name",
                        "column name", column.name());
            }
            for (RelationshipDecl decl : entity.relationships()) {
                checker.check(decl.accessor(), decl.annotation(), "secondary", "secondary", decl.secondary());
                checker.check(decl.accessor(), decl.annotation(), "joinColumn", "joinColumn", decl.joinColumn());
                checker.check(decl.accessor(), decl.annotation(), "inverseJoinColumn", "inverseJoinColumn",
                        decl.inverseJoinColumn());
            }
        }
    }

    /** Checks the names of one entity, reporting on the annotation value when there is one. */
    private record Checker(Diagnostics diagnostics, Entity entity) {
        void check(Element element, AnnotationMirror mirror, String attribute, String what, String name) {
            if (name.isEmpty()) {
                return; // not set: the default name applies
            }
            String where = entity.simpleName() + (element == entity.element() ? "" : "." + element.getSimpleName());
            if (name.isBlank()) {
                report(element, mirror, attribute, Message.BLANK_IDENTIFIER, what, where);
            } else if (!IDENTIFIER.matcher(name).matches()) {
                report(element, mirror, attribute, Message.INVALID_IDENTIFIER, what, where, name, sanitized(name));
            } else {
                tightestFailing(name).ifPresent(dialect -> report(element, mirror, attribute,
                        Message.IDENTIFIER_TOO_LONG, what, where, name, name.getBytes(StandardCharsets.UTF_8).length,
                        dialect.displayName(), dialect.maxIdentifierBytes()));
            }
        }

        private void report(Element element, AnnotationMirror mirror, String attribute, Message message,
                Object... args) {
            if (mirror == null) {
                diagnostics.error(entity, element, message, args);
            } else {
                diagnostics.error(entity, element, mirror, attribute, message, args);
            }
        }
    }

    private static Optional<SqlDialect> tightestFailing(String name) {
        return Arrays.stream(SqlDialect.values())
                .filter(dialect -> !dialect.fits(name))
                .min(Comparator.comparingInt(SqlDialect::maxIdentifierBytes));
    }

    private static String sanitized(String name) {
        String cleaned = name.trim().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return "my_name";
        }
        return Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
    }
}
