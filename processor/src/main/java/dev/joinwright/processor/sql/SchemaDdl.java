package dev.joinwright.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The planned DDL of a whole schema, renderable in every dialect: the create script (tables with
 * their indexes in dependency order, then the FKs that close a cycle) and the drop script (the
 * tables in reverse, {@code IF EXISTS}). Each statement is one list entry, without a terminator.
 *
 * @param tables the tables in creation order: entities, then association tables
 */
public record SchemaDdl(List<DdlTable> tables) {

    public SchemaDdl {
        tables = List.copyOf(tables);
    }

    /** The statements that create the schema, in order. */
    public List<String> createStatements(SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        tables.forEach(table -> statements.addAll(table.createStatements(dialect)));
        for (DdlTable table : tables) {
            table.deferredForeignKeys(dialect).forEach(fk -> statements.add(fk.addStatement(dialect)));
        }
        return List.copyOf(statements);
    }

    /**
     * The statements that drop the schema, in order: every table, children first, skipping those
     * that do not exist ({@link DialectDdl#dropTables}).
     */
    public List<String> dropStatements(SqlDialect dialect) {
        List<String> quoted = new ArrayList<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            quoted.add(dialect.quote(tables.get(i).name()));
        }
        return quoted.isEmpty() ? List.of() : dialect.ddl().dropTables(quoted);
    }

    /**
     * A script file: the header lines as {@code --} comments, then every statement terminated by
     * {@code ;} at the end of its last line, statements separated by a blank line.
     */
    public static String script(List<String> header, List<String> statements) {
        String comments = header.stream().map(line -> "-- " + line + "\n").collect(Collectors.joining());
        return comments + "\n" + statements.stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));
    }
}
