package dev.joinwright.processor.sql.dml;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.sql.SqlDialect;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statements on one entity's own table: CRUD, paging, counting, finders by unique column.
 *
 * <p>Column lists are in declaration order, the order {@code readRow} reads them in.
 */
public final class EntityStatements {
    private final Entity entity;
    private final Column id;

    public EntityStatements(Entity entity) {
        this.entity = entity;
        this.id = entity.id().orElseThrow();
    }

    /** {@code id, email, name} or, with an alias, {@code t.id, t.email, t.name}. */
    public static String columns(Entity entity, SqlDialect dialect, String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return entity.columns().stream()
                .map(c -> prefix + dialect.quote(c.name()))
                .collect(Collectors.joining(", "));
    }

    /** {@code SELECT <columns> FROM <table>[ <alias>]}. */
    public static String select(Entity entity, SqlDialect d, String alias) {
        return "SELECT " + columns(entity, d, alias) + " FROM " + d.quote(entity.table())
                + (alias.isEmpty() ? "" : " " + alias);
    }

    /**
     * The ORDER BY term of a to-many relationship: its {@code orderBy} (a column of the target,
     * optionally with a direction; validated), else the target's key.
     */
    public static String orderBy(String orderBy, Entity target, SqlDialect dialect, String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (orderBy.isBlank()) {
            return prefix + dialect.quote(target.id().orElseThrow().name());
        }
        String[] parts = orderBy.trim().split("\\s+");
        String direction = parts.length > 1 ? " " + parts[1].toUpperCase(Locale.ROOT) : "";
        String column = target.column(parts[0]).map(Column::name).orElse(parts[0]);
        return prefix + dialect.quote(column) + direction;
    }

    /**
     * The INSERT of one row with {@code columns} bound in order (all but a generated key), as the
     * dialect runs it to give back the stored row ({@link SqlDialect#returning}). A defaulted NOT
     * NULL column bound as {@code null} gets the database's default.
     */
    public Sql insert(List<Column> columns) {
        return d -> d.returning(plainInsert(d, columns), columns(entity, d, ""));
    }

    private String plainInsert(SqlDialect d, List<Column> columns) {
        if (columns.isEmpty()) {
            return "INSERT INTO " + d.quote(entity.table()) + (d == SqlDialect.MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
        }
        return "INSERT INTO " + d.quote(entity.table()) + " ("
                + columns.stream().map(c -> d.quote(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> parameter(d, c)).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * {@code ?}, or {@code COALESCE(?, <default>)} for a column whose {@code null} lets the database
     * choose ({@link Column#defaultedWhenNull()}): one statement for rows with and without the value,
     * batches included, and the default rendered as the DDL renders it.
     */
    private static String parameter(SqlDialect d, Column column) {
        return column.defaultedWhenNull()
                ? "COALESCE(?, " + d.ddl().defaultExpression(dev.joinwright.processor.sql.DdlColumn.of(column)) + ")"
                : "?";
    }

    /**
     * The columns a driver is asked to return as generated keys ({@link SqlDialect.StoredRow#GENERATED_COLUMNS}),
     * in declaration order, spelled as the catalog spells them: as written (a name that is not
     * quoted is lower case, which PostgreSQL keeps and H2 matches).
     */
    public List<String> columnNames() {
        return entity.columns().stream().map(Column::name).toList();
    }

    /**
     * The rows of many keys, {@code SELECT <columns> FROM <table> WHERE <key> IN (...)}: how a
     * dialect that re-reads written rows ({@link SqlDialect.StoredRow#REREAD}) reads a batch again.
     */
    public KeySql findByIds() {
        return KeySql.of(d -> select(entity, d, ""), this::key, d -> "");
    }

    /** Locks the row with the bound key until the transaction ends, or {@code null} where none is needed. */
    public Sql lockById() {
        return d -> d.forUpdate("SELECT " + key(d) + " FROM " + d.quote(entity.table()) + " WHERE " + key(d) + " = ?");
    }

    public Sql findById() {
        return d -> select(entity, d, "") + " WHERE " + key(d) + " = ?";
    }

    public Sql findAll() {
        return d -> select(entity, d, "") + " ORDER BY " + key(d);
    }

    /** Bound as {@code limit}, then {@code offset}. */
    public Sql findPage() {
        return d -> select(entity, d, "") + " ORDER BY " + key(d) + " LIMIT ? OFFSET ?";
    }

    /**
     * The UPDATE of {@code columns} (bound in order), then the key, as the dialect runs it to give
     * back the stored row ({@link SqlDialect#returning}).
     */
    public Sql update(List<Column> columns) {
        return d -> d.returning("UPDATE " + d.quote(entity.table()) + " SET "
                + columns.stream().map(c -> d.quote(c.name()) + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + key(d) + " = ?", columns(entity, d, ""));
    }

    public Sql deleteById() {
        return d -> "DELETE FROM " + d.quote(entity.table()) + " WHERE " + key(d) + " = ?";
    }

    public Sql count() {
        return d -> "SELECT COUNT(*) FROM " + d.quote(entity.table());
    }

    /** The row whose unique {@code column} equals the bound value. */
    public Sql findBy(Column column) {
        return d -> select(entity, d, "") + " WHERE " + d.quote(column.name()) + " = ?";
    }

    /** The row whose unique {@code columns} equal the bound values, bound in that order. */
    public Sql findBy(List<Column> columns) {
        return d -> select(entity, d, "") + " WHERE "
                + columns.stream().map(c -> d.quote(c.name()) + " = ?").collect(Collectors.joining(" AND "));
    }

    private String key(SqlDialect d) {
        return d.quote(id.name());
    }
}
