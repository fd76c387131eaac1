package dev.joinwright.processor.validate;

import java.util.List;

/** Runs every rule over the schema; the rules report, the validator only sequences them. */
public final class Validator {
    private static final List<Rule> RULES = List.of(
            new EntityShapeRule(),
            new IdRule(),
            new ColumnTypeRule(),
            new ColumnAttributeRule(),
            new DefaultValueRule(),
            new TableConstraintRule(),
            new DuplicateNameRule(),
            new IdentifierRule(),
            new ForeignKeyRule(),
            new RelationshipTargetRule(),
            new RelationshipBindingRule(),
            new BackPopulatesRule(),
            new ManyToManyRule(),
            new OrderByRule(),
            new NullableReferenceRule(),
            new ForeignKeyCycleRule());

    private Validator() {}

    public static void validate(ValidationContext context) {
        for (Rule rule : RULES) {
            rule.check(context);
        }
    }
}
