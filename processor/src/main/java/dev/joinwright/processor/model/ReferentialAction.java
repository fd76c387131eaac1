package dev.joinwright.processor.model;

/** The processor's view of {@code dev.joinwright.ReferentialAction}, read by constant name. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as it appears after {@code ON DELETE} / {@code ON UPDATE}. */
    public String sql() {
        return sql;
    }
}
