package dev.joinwright.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as the DDL creates it: an entity's table or an association table. It renders its own
 * statements per dialect, the way Room's entities render {@code createTableQuery}.
 *
 * @param name the table name
 * @param columns the columns, in declaration order
 * @param primaryKeyName the primary-key constraint's name
 * @param primaryKey the primary-key columns
 * @param uniques the unique constraints, in column order
 * @param foreignKeys every FK of the table, in column order, inline or not
 * @param indexes the indexes created after the table: those declared, then those of FK columns
 * @param checks the check constraints (an enum column's constants), in column order
 */
public record DdlTable(String name, List<DdlColumn> columns, String primaryKeyName, List<String> primaryKey,
        List<DdlUnique> uniques, List<DdlForeignKey> foreignKeys, List<DdlIndex> indexes, List<DdlCheck> checks) {

    private static final String INDENT = "    ";

    public DdlTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** {@code CREATE TABLE}, one element per line, with the FKs this dialect declares inline. */
    public String createStatement(SqlDialect dialect) {
        List<String> elements = new ArrayList<>();
        columns.forEach(column -> elements.add(column.definition(dialect)));
        if (!primaryKeyInline(dialect)) {
            elements.add("CONSTRAINT " + dialect.quote(primaryKeyName) + " PRIMARY KEY ("
                    + primaryKey.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ")");
        }
        uniques.forEach(unique -> elements.add(unique.definition(dialect)));
        checks.forEach(check -> elements.add(check.definition(dialect)));
        foreignKeys.stream().filter(fk -> fk.inline(dialect)).forEach(fk -> elements.add(fk.definition(dialect)));
        return "CREATE TABLE " + dialect.quote(name) + " (\n"
                + elements.stream().map(e -> INDENT + e).collect(Collectors.joining(",\n"))
                + "\n)" + dialect.ddl().tableOptions();
    }

    /** {@code CREATE TABLE} followed by the table's indexes. */
    public List<String> createStatements(SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        statements.add(createStatement(dialect));
        indexes.forEach(index -> statements.add(index.createStatement(dialect)));
        return statements;
    }

    /** The FKs added with {@code ALTER TABLE} once every table exists. */
    public List<DdlForeignKey> deferredForeignKeys(SqlDialect dialect) {
        return foreignKeys.stream().filter(fk -> !fk.inline(dialect)).toList();
    }

    /** {@code DROP TABLE IF EXISTS}; its indexes and inline constraints go with it. */
    public String dropStatement(SqlDialect dialect) {
        return "DROP TABLE IF EXISTS " + dialect.quote(name);
    }

    private boolean primaryKeyInline(SqlDialect dialect) {
        return dialect.ddl().identityDeclaresPrimaryKey() && columns.stream().anyMatch(DdlColumn::identity);
    }
}
