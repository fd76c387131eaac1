package dev.joinwright.processor.validate;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;
import dev.joinwright.processor.model.RelationshipDecl;
import java.util.Optional;

/**
 * {@code backPopulates} names a relationship of the target that points back to this entity, names
 * this one in return (when it names any), and has the matching shape: many-to-one with one-to-many
 * or one-to-one, many-to-many with many-to-many, both through the same FK column.
 */
final class BackPopulatesRule implements Rule {
    @Override
    public void check(ValidationContext context) {
        for (Entity owner : context.entities()) {
            for (RelationshipDecl decl : owner.relationships()) {
                if (!decl.backPopulates().isEmpty()) {
                    context.binder().binding(decl).target().ifPresent(target -> check(context, owner, decl, target));
                }
            }
        }
    }

    private static void check(ValidationContext context, Entity owner, RelationshipDecl decl, Entity target) {
        Diagnostics diagnostics = context.diagnostics();
        String back = decl.backPopulates();
        Optional<RelationshipDecl> other = target.relationship(back);
        if (other.isEmpty()) {
            missing(diagnostics, owner, decl, target);
        } else if (!other.get().targetName().equals(owner.qualifiedName())) {
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "backPopulates", Message.BACK_POPULATES_NOT_BACK,
                    owner.simpleName(), decl.name(), back, target.simpleName(), TypeNames.simple(other.get().returnType()));
        } else if (!other.get().backPopulates().isEmpty() && !other.get().backPopulates().equals(decl.name())) {
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "backPopulates", Message.BACK_POPULATES_DISAGREE,
                    owner.simpleName(), decl.name(), back, target.simpleName(), other.get().backPopulates());
        } else {
            shapeProblem(context, owner, decl, target, other.get()).ifPresent(problem ->
                    diagnostics.error(owner, decl.accessor(), decl.annotation(), "backPopulates",
                            Message.BACK_POPULATES_SHAPE, owner.simpleName(), decl.name(), target.simpleName(), back,
                            problem[0], problem[1]));
        }
    }

    private static void missing(Diagnostics diagnostics, Entity owner, RelationshipDecl decl, Entity target) {
        String back = decl.backPopulates();
        Optional<Column> column = target.columnByAccessor(back);
        var relationships = target.relationships().stream().map(RelationshipDecl::name).toList();
        if (column.isPresent()) {
            String alternatives = relationships.isEmpty() ? "" : " (" + String.join(", ", relationships) + ")";
            diagnostics.error(owner, decl.accessor(), decl.annotation(), "backPopulates", Message.BACK_POPULATES_COLUMN,
                    owner.simpleName(), decl.name(), back, target.simpleName(), alternatives);
            return;
        }
        String hint = Suggestions.hint(back, relationships, "relationships of " + target.simpleName(),
                "add the other side to " + target.simpleName() + ", or remove backPopulates");
        diagnostics.error(owner, decl.accessor(), decl.annotation(), "backPopulates", Message.BACK_POPULATES_MISSING,
                owner.simpleName(), decl.name(), back, target.simpleName(), hint);
    }

    /** What is wrong with pairing the two sides, and how to fix it; empty if they fit. */
    private static Optional<String[]> shapeProblem(ValidationContext context, Entity owner, RelationshipDecl decl,
            Entity target, RelationshipDecl other) {
        if (decl.isManyToMany() != other.isManyToMany()) {
            return Optional.of(new String[] {"a many-to-many is paired with a relationship that is not one",
                    "set the same secondary on both sides, or on neither"});
        }
        if (decl.isManyToMany()) {
            return Optional.empty(); // ManyToManyRule compares the association tables
        }
        Optional<Relation> mine = context.binder().binding(decl).bound();
        Optional<Relation> theirs = context.binder().binding(other).bound();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Optional.empty(); // RelationshipBindingRule reports
        }
        RelationKind a = mine.get().kind();
        RelationKind b = theirs.get().kind();
        if (a == b) {
            String kind = a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return Optional.of(new String[] {"both sides are " + kind,
                    a == RelationKind.ONE_TO_MANY
                            ? "make the side holding the @ForeignKey single-valued"
                            : "make the side without the @ForeignKey a collection (one-to-many) or Optional (one-to-one)"});
        }
        if (!mine.get().foreignKey().equals(theirs.get().foreignKey())) {
            return Optional.of(new String[] {"they go through different foreign keys ("
                    + mine.get().foreignKey().get().accessorName() + " and "
                    + theirs.get().foreignKey().get().accessorName() + ")",
                    "name the same foreignKey on both sides"});
        }
        return Optional.empty();
    }
}
