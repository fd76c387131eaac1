package dev.joinwright.processor.sql.dml;

import dev.joinwright.processor.sql.SqlDialect;

/**
 * One SQL text of the DML model, rendered per dialect. The statement classes of this package are
 * the only place where DML is spelled; the writers place the rendered texts as constants and call
 * them, and hold no SQL keywords themselves.
 */
@FunctionalInterface
public interface Sql {
    /** The text in {@code dialect}, identifiers quoted as that dialect needs. */
    String in(SqlDialect dialect);
}
