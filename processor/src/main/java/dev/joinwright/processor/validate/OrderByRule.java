package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code orderBy} is one column of the target, optionally followed by {@code ASC} or {@code DESC}
 * (any case); nothing else reaches the SQL.
 */
final class OrderByRule implements Rule {
    private static final Pattern ORDER_BY =
            Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(?i:ASC|DESC))?\\s*");

    @Override
    public void check(ValidationContext context) {
        for (Entity owner : context.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (!decl.orderBy().isEmpty()) {
                    context.binder().binding(decl).target().ifPresent(target -> check(context.diagnostics(), owner, decl, target));
                }
            }
        }
    }

    private static void check(Diagnostics diagnostics, Entity owner, RelationshipDecl decl, Entity target) {
        List<String> columns = target.columns().stream().map(Column::name).toList();
        Matcher matcher = ORDER_BY.matcher(decl.orderBy());
        if (!matcher.matches()) {
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "orderBy", Message.ORDER_BY_INVALID,
                    owner.simpleName(), decl.name(), decl.orderBy(), target.simpleName(), String.join(", ", columns));
            return;
        }
        String column = matcher.group(1);
        if (target.column(column).isEmpty()) {
            String hint = Suggestions.hint(column, columns, "columns of " + target.simpleName(),
                    target.simpleName() + " has no columns");
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "orderBy", Message.ORDER_BY_UNKNOWN_COLUMN,
                    owner.simpleName(), decl.name(), column, target.simpleName(), hint);
        }
    }
}
