package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Binder;
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
 * Every table, column and association-column name the DDL will use, written or derived from a
 * Java name, is a plain SQL identifier ({@code [A-Za-z_][A-Za-z0-9_]*}: ASCII, no quotes,
 * semicolons, spaces or dashes) that fits every dialect's length limit and is no dialect's system
 * column. An explicit name is reported on the annotation value; a derived one on the element, with
 * the attribute that names it explicitly.
 */
final class IdentifierRule implements Rule {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public void check(ValidationContext context) {
        for (Entity entity : context.entities()) {
            Checker checker = new Checker(context.diagnostics(), entity);
            checker.check(entity.element(), entity.annotation(), "table", "table name", entity.table(),
                    "@Entity(table = \"...\")");
            for (Column column : entity.columns()) {
                if (checker.check(column.accessor(), column.columnAnnotation().orElse(null), "name", "column name",
                        column.name(), "@Column(name = \"...\")")) {
                    checker.systemColumn(column);
                }
            }
            for (RelationshipDecl decl : entity.relationships()) {
                checker.explicit(decl.accessor(), decl.annotation(), "secondary", "secondary", decl.secondary());
                if (decl.isManyToMany()) {
                    checker.check(decl.accessor(), decl.annotation(), "joinColumn", "joinColumn",
                            Binder.ownerColumn(entity, decl), "joinColumn = \"...\"");
                    context.binder().binding(decl).target().ifPresent(target -> checker.check(decl.accessor(),
                            decl.annotation(), "inverseJoinColumn", "inverseJoinColumn",
                            Binder.targetColumn(decl, target), "inverseJoinColumn = \"...\""));
                } else {
                    checker.explicit(decl.accessor(), decl.annotation(), "joinColumn", "joinColumn", decl.joinColumn());
                    checker.explicit(decl.accessor(), decl.annotation(), "inverseJoinColumn", "inverseJoinColumn",
                            decl.inverseJoinColumn());
                }
            }
        }
    }

    /** Checks the names of one entity, reporting on the annotation value when there is one. */
    private record Checker(Diagnostics diagnostics, Entity entity) {
        /** A name that is only checked when it was written (empty means "not used"). */
        void explicit(Element element, AnnotationMirror mirror, String attribute, String what, String name) {
            if (!name.isEmpty() && mirror != null && Annotations.written(mirror, attribute)) {
                check(element, mirror, attribute, what, name, attribute);
            }
        }

        /** Checks a name written in {@code attribute} or derived; whether it is well-formed. */
        boolean check(Element element, AnnotationMirror mirror, String attribute, String what, String name, String how) {
            boolean written = mirror != null && Annotations.written(mirror, attribute);
            String where = entity.simpleName() + (element == entity.element() ? "" : "." + element.getSimpleName());
            if (name.isBlank()) {
                report(element, written ? mirror : null, attribute, Message.BLANK_IDENTIFIER, what, where);
                return false;
            }
            if (!IDENTIFIER.matcher(name).matches()) {
                if (written) {
                    report(element, mirror, attribute, Message.INVALID_IDENTIFIER, what, where, name, sanitized(name));
                } else {
                    report(element, null, attribute, Message.DERIVED_INVALID_IDENTIFIER, what, where, name, how,
                            sanitized(name));
                }
                return false;
            }
            Optional<SqlDialect> dialect = tightestFailing(name);
            if (dialect.isPresent()) {
                int bytes = name.getBytes(StandardCharsets.UTF_8).length;
                if (written) {
                    report(element, mirror, attribute, Message.IDENTIFIER_TOO_LONG, what, where, name, bytes,
                            dialect.get().displayName(), dialect.get().maxIdentifierBytes());
                } else {
                    report(element, null, attribute, Message.DERIVED_IDENTIFIER_TOO_LONG, what, where, name, bytes,
                            dialect.get().displayName(), dialect.get().maxIdentifierBytes(), how);
                }
                return false;
            }
            return true;
        }

        void systemColumn(Column column) {
            for (SqlDialect dialect : SqlDialect.values()) {
                if (dialect.isSystemColumn(column.name())) {
                    report(column.accessor(), column.columnAnnotation().orElse(null), "name", Message.SYSTEM_COLUMN,
                            "column name", entity.simpleName() + "." + column.accessorName(), column.name(),
                            dialect.displayName(), column.name() + "_value");
                    return;
                }
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

    /** A suggestion: the name reduced to ASCII letters, digits and underscores. */
    private static String sanitized(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = ascii.trim().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return "my_name";
        }
        return Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
    }

    /** Whether an annotation attribute was written (rather than defaulted). */
    private static final class Annotations {
        static boolean written(AnnotationMirror mirror, String attribute) {
            return dev.joinwright.processor.parse.Annotations.explicitValue(mirror, attribute).isPresent();
        }
    }
}
