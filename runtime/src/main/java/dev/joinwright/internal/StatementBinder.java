package dev.joinwright.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a statement's parameters. Internal: for generated code only. */
@FunctionalInterface
public interface StatementBinder {
    /** Binds nothing, for statements without parameters. */
    StatementBinder NONE = ps -> { };

    /** Sets the parameters of {@code ps}, starting at index 1. */
    void bind(PreparedStatement ps) throws SQLException;
}
