package dev.joinwright.processor.version;

import dev.joinwright.processor.sql.SchemaDdl;
import java.util.List;
import java.util.Map;

/**
 * One version of a schema as it was frozen: its dialect-neutral DDL plan (the one description of
 * the schema, rendered by the same dialect code as the create script), the renames declared for
 * it, and the drops it acknowledged.
 *
 * @param version the schema version
 * @param ddl the planned tables, in creation order
 * @param tableRenames new table name to the name it had in the previous version
 * @param columnRenames table name (of this version) to new column name to previous column name
 * @param drops the acknowledged drops, {@code table} or {@code table.column}, sorted
 */
public record Snapshot(int version, SchemaDdl ddl, Map<String, String> tableRenames,
        Map<String, Map<String, String>> columnRenames, List<String> drops) {

    /** The format of the snapshot files; a reader refuses another. */
    static final int FORMAT = 1;

    public Snapshot {
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
        drops = List.copyOf(drops);
    }

    /** The name {@code table} had in the previous version, or itself. */
    String previousTableName(String table) {
        return tableRenames.getOrDefault(table, table);
    }

    /** The name {@code column} of {@code table} had in the previous version, or itself. */
    String previousColumnName(String table, String column) {
        return columnRenames.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }
}
