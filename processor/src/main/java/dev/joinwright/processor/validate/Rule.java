package dev.joinwright.processor.validate;

/**
 * One validation rule over the whole schema. A rule reports every violation it finds through
 * {@link ValidationContext#diagnostics()} and never throws for a user's mistake.
 */
public interface Rule {
    void check(ValidationContext context);
}
