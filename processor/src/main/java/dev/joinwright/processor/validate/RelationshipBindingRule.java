package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Binding;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every one-to-many, many-to-one and one-to-one relationship binds to exactly one FK column: there
 * is one, {@code foreignKey} picks one of several, and {@code foreignKey} names a real candidate.
 * Reports why the binder left the declaration {@link Binding.Unbound}, from the candidates it saw.
 */
final class RelationshipBindingRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Binding binding : context.binder().bindings()) {
            if (binding instanceof Binding.Unbound unbound && isForeignKeyProblem(unbound.reason())) {
                explain(context, unbound.owner(), unbound.decl(), unbound.target().orElseThrow(), unbound.candidates());
            }
        }
    }

    private static boolean isForeignKeyProblem(Binding.Reason reason) {
        return reason == Binding.Reason.NO_FOREIGN_KEY || reason == Binding.Reason.AMBIGUOUS_FOREIGN_KEY
                || reason == Binding.Reason.FOREIGN_KEY_NOT_CANDIDATE;
    }

    private static void explain(ValidationContext context, Entity owner, RelationshipDecl decl, Entity target,
            List<Column> candidates) {
        Diagnostics diagnostics = context.diagnostics();
        if (!decl.foreignKey().isEmpty()) {
            notACandidate(diagnostics, owner, decl, target, candidates);
        } else if (candidates.isEmpty() && decl.cardinality().isCollection() && collectionBack(decl, target).isPresent()) {
            RelationshipDecl back = collectionBack(decl, target).get();
            diagnostics.error(owner, decl.accessor(), Message.MANY_TO_MANY_WITHOUT_SECONDARY, owner.simpleName(),
                    decl.name(), target.simpleName(), back.name(), ManyToManyRule.suggestedName(context, owner, target));
        } else if (candidates.isEmpty() && decl.cardinality().isCollection()) {
            diagnostics.error(owner, decl.accessor(), Message.ONE_TO_MANY_WITHOUT_FOREIGN_KEY,
                    owner.simpleName(), decl.name(), target.simpleName(), lowerFirst(owner.simpleName()));
        } else if (candidates.isEmpty()) {
            diagnostics.error(owner, decl.accessor(), Message.SINGLE_WITHOUT_FOREIGN_KEY,
                    owner.simpleName(), decl.name(), target.simpleName(), lowerFirst(target.simpleName()));
        } else {
            diagnostics.error(owner, decl.accessor(), Message.AMBIGUOUS_FOREIGN_KEY,
                    owner.simpleName(), decl.name(), describe(candidates), candidates.get(0).accessorName());
        }
    }

    /** The other side, when it is a collection pointing back: then the pair is a many-to-many. */
    private static java.util.Optional<RelationshipDecl> collectionBack(RelationshipDecl decl, Entity target) {
        return target.relationships().stream()
                .filter(other -> other.cardinality().isCollection() && !other.isManyToMany())
                .filter(other -> other.name().equals(decl.backPopulates()) || decl.name().equals(other.backPopulates()))
                .findFirst();
    }

    private static void notACandidate(Diagnostics diagnostics, Entity owner, RelationshipDecl decl, Entity target,
            List<Column> candidates) {
        String named = decl.foreignKey();
        boolean exists = owner.columnByAccessor(named).isPresent() || target.columnByAccessor(named).isPresent();
        String problem = exists
                ? "which is not a foreign key between " + owner.simpleName() + " and " + target.simpleName()
                        + " that this relationship can go through"
                : "but neither " + owner.simpleName() + " nor " + target.simpleName() + " has an accessor " + named;
        String hint = Suggestions.hint(named, candidates.stream().map(Column::accessorName).toList(),
                "foreign keys", "declare an @ForeignKey between " + owner.simpleName() + " and " + target.simpleName());
        diagnostics.error(owner, decl.accessor(), decl.annotation(), "foreignKey", Message.FOREIGN_KEY_NOT_CANDIDATE,
                owner.simpleName(), decl.name(), named, problem, hint);
    }

    private static String describe(List<Column> candidates) {
        return candidates.stream()
                .map(c -> c.accessor().getEnclosingElement().getSimpleName() + "." + c.accessorName())
                .collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
