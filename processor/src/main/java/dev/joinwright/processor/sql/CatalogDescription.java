package dev.joinwright.processor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * What a database's catalog must say about a schema, as the lines the runtime's schema check reads
 * ({@code dev.joinwright.internal.SchemaValidator}), one per table element, fields separated by
 * {@code |}:
 *
 * <pre>
 * T|table
 * C|table|column|catalog type|NOT NULL or NULL|GENERATED or -
 * P|table|column,column
 * F|table|column,column|referenced table|column,column|on delete|on update
 * U|table|column,column
 * I|table|index|column,column
 * </pre>
 *
 * Catalog types are spelled as the dialect's JDBC driver reports them ({@link DialectDdl#catalogType}).
 */
public final class CatalogDescription {
    private CatalogDescription() {}

    /** The lines of {@code ddl} in {@code dialect}. */
    public static List<String> lines(SchemaDdl ddl, SqlDialect dialect) {
        List<String> lines = new ArrayList<>();
        for (DdlTable table : ddl.tables()) {
            String name = table.name();
            lines.add("T|" + name);
            for (DdlColumn column : table.columns()) {
                lines.add("C|" + name + "|" + column.name() + "|" + dialect.ddl().catalogType(column) + "|"
                        + (column.notNull() ? "NOT NULL" : "NULL") + "|" + (column.identity() ? "GENERATED" : "-"));
            }
            lines.add("P|" + name + "|" + String.join(",", table.primaryKey()));
            for (DdlForeignKey fk : table.foreignKeys()) {
                lines.add("F|" + name + "|" + fk.column() + "|" + fk.referencedTable() + "|" + fk.referencedColumn()
                        + "|" + fk.onDelete().sql() + "|" + fk.onUpdate().sql());
            }
            for (DdlUnique unique : table.uniques()) {
                lines.add("U|" + name + "|" + String.join(",", unique.columns()));
            }
            for (DdlIndex index : table.indexes()) {
                lines.add("I|" + name + "|" + index.name() + "|" + String.join(",", index.columns()));
            }
        }
        return lines;
    }
}
