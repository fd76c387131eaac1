package dev.joinwright.processor.sql.dml;

import static dev.joinwright.processor.sql.dml.EntityStatements.columns;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.query.Condition;
import dev.joinwright.processor.model.query.DerivedQuery;
import dev.joinwright.processor.model.query.Operator;
import dev.joinwright.processor.model.query.Ordering;
import dev.joinwright.processor.model.query.PropertyPath;
import dev.joinwright.processor.sql.SqlDialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement of one derived query. The entity is {@code x}; each to-one path that leads the
 * properties is a {@code LEFT JOIN} (at most one row per row of {@code x}, so rows never repeat,
 * and an {@code Or} across a NULL FK still matches on its other branch); a path through a to-many
 * relationship is a semi-join ({@link SqlDialect#semiJoin}: an {@code EXISTS} subquery, on H2 a key
 * {@code IN} one), inner-joined inside, so rows never repeat either.
 * Predicates bind their values in order; a collection is the marker {@code ?*}, which the runtime
 * expands to one placeholder per value ({@code NULL} for none).
 */
public final class QueryStatements {
    /** The marker of a collection parameter, expanded at run time. */
    public static final String LIST_MARKER = "?*";
    /** The escape character of escaped patterns; not a backslash, which MySQL reads in string literals. */
    public static final char ESCAPE = '!';

    /** What one placeholder binds, in order. */
    public enum BindKind { VALUE, COLLECTION, PATTERN, TRUE, FALSE, PAGE_LIMIT, PAGE_OFFSET, KEYSET, KEYSET_LIMIT }

    /**
     * One placeholder: what it binds from which method parameter.
     *
     * @param parameter the method parameter's index (unused for TRUE/FALSE)
     * @param column the column it is compared with, whose codec binds it
     */
    public record Bind(BindKind kind, int parameter, Column column, Operator operator, boolean ignoreCase) {}

    private final Entity entity;
    private final DerivedQuery query;
    private final Map<List<Relation>, String> joins = new LinkedHashMap<>();
    private final List<Bind> binds = new ArrayList<>();
    private final List<Bind> afterBinds = new ArrayList<>();
    private int subqueries;

    public QueryStatements(Entity entity, DerivedQuery query) {
        this.entity = entity;
        this.query = query;
        for (List<Condition> group : query.where()) {
            for (Condition condition : group) {
                addJoins(condition.path());
                condition.parameters().forEach(p -> binds.add(bindOf(condition, p)));
                if (condition.operator() == Operator.TRUE || condition.operator() == Operator.FALSE) {
                    binds.add(new Bind(condition.operator() == Operator.TRUE ? BindKind.TRUE : BindKind.FALSE, -1,
                            condition.path().column(), condition.operator(), false));
                }
            }
        }
        query.orderBy().forEach(o -> addJoins(o.path()));
        query.page().ifPresent(p -> {
            binds.add(new Bind(BindKind.PAGE_LIMIT, p, null, null, false));
            binds.add(new Bind(BindKind.PAGE_OFFSET, p, null, null, false));
        });
        query.keyset().ifPresent(k -> {
            afterBinds.addAll(binds);
            List<Ordering> terms = query.orderBy();
            for (int i = 0; i < terms.size(); i++) {
                for (int j = 0; j <= i; j++) {
                    afterBinds.add(new Bind(BindKind.KEYSET, k, terms.get(j).path().column(), null, false));
                }
            }
            binds.add(new Bind(BindKind.KEYSET_LIMIT, k, null, null, false));
            afterBinds.add(new Bind(BindKind.KEYSET_LIMIT, k, null, null, false));
        });
    }

    /** The placeholders of {@link #selectAfter()}, in order. */
    public List<Bind> afterBinds() {
        return afterBinds;
    }

    /**
     * The page of a keyset after a given row: the query's predicate and {@code (a > ?) OR (a = ? AND
     * b > ?) ...} over its order's terms (each with its direction), then {@code LIMIT ?}.
     */
    public Sql selectAfter() {
        return d -> "SELECT " + columns(entity, d, "x") + from(d, true) + orderBy(d) + limit();
    }

    /** A select without ORDER BY and LIMIT, for a dynamic {@code Sort}: see {@link #orderKey} and {@link #limitTail}. */
    public Sql selectUnordered() {
        return d -> "SELECT " + columns(entity, d, "x") + from(d, false);
    }

    /** {@code x.id}: the key term that ends a dynamic order. */
    public Sql orderKey() {
        return d -> "x." + d.quote(entity.id().orElseThrow().name());
    }

    /** What follows a dynamic ORDER BY: the page's or First/Top's LIMIT, or nothing. */
    public Sql limitTail() {
        return d -> limit();
    }

    private static Bind bindOf(Condition condition, int parameter) {
        BindKind kind = condition.operator().takesCollection() ? BindKind.COLLECTION
                : condition.operator().isPattern() ? BindKind.PATTERN : BindKind.VALUE;
        return new Bind(kind, parameter, condition.path().column(), condition.operator(), condition.ignoreCase());
    }

    /** The placeholders in order, the same on every dialect. */
    public List<Bind> binds() {
        return binds;
    }

    /** Registers a {@code LEFT JOIN} for each to-one hop that leads the path. */
    private void addJoins(PropertyPath path) {
        List<Relation> prefix = new ArrayList<>();
        for (Relation hop : path.hops()) {
            if (PropertyPath.isToMany(hop)) {
                return;
            }
            prefix.add(hop);
            joins.computeIfAbsent(List.copyOf(prefix), p -> "j" + (joins.size() + 1));
        }
    }

    /** {@code SELECT x.<columns> FROM t x ... WHERE ... ORDER BY ... [LIMIT n]}. */
    public Sql select() {
        return d -> "SELECT " + columns(entity, d, "x") + from(d, false) + orderBy(d) + limit();
    }

    public Sql count() {
        return d -> "SELECT COUNT(*)" + from(d, false);
    }

    public Sql exists() {
        return d -> "SELECT 1" + from(d, false) + " LIMIT 1";
    }

    /**
     * {@code DELETE FROM t WHERE id IN (SELECT id FROM (SELECT x.id FROM t x ...) d)}: the derived
     * table lets MySQL select from the table it deletes from.
     */
    public Sql delete() {
        return d -> {
            String key = d.quote(entity.id().orElseThrow().name());
            return "DELETE FROM " + d.quote(entity.table()) + " WHERE " + key + " IN (SELECT " + key + " FROM (SELECT x."
                    + key + from(d, false) + ") d)";
        };
    }

    private String limit() {
        if (query.keyset().isPresent()) {
            return " LIMIT ?";
        }
        if (query.page().isPresent()) {
            return " LIMIT ? OFFSET ?";
        }
        return query.limit().map(n -> " LIMIT " + n).orElse("");
    }

    private String from(SqlDialect d, boolean after) {
        StringBuilder sql = new StringBuilder(" FROM ").append(d.quote(entity.table())).append(" x");
        joins.forEach((path, alias) -> {
            Relation hop = path.get(path.size() - 1);
            String outer = path.size() == 1 ? "x" : joins.get(path.subList(0, path.size() - 1));
            sql.append(" LEFT JOIN ").append(d.quote(hop.target().table())).append(' ').append(alias)
                    .append(" ON ").append(toOneOn(d, hop, outer, alias));
        });
        subqueries = 0;
        String where = where(d);
        if (after) {
            String seek = seek(d);
            where = where.isEmpty() ? seek : "(" + where + ") AND (" + seek + ")";
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(where);
        }
        return sql.toString();
    }

    /** {@code x.a > ? OR x.a = ? AND x.b < ?}: the rows after the bound row in the query's order. */
    private String seek(SqlDialect d) {
        List<String> alternatives = new ArrayList<>();
        List<Ordering> terms = query.orderBy();
        for (int i = 0; i < terms.size(); i++) {
            List<String> and = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                Column column = terms.get(j).path().column();
                String e = d.comparable("x." + d.quote(column.name()), column.type());
                String p = d.comparable("?", column.type());
                and.add(e + (j < i ? " = " : terms.get(j).descending() ? " < " : " > ") + p);
            }
            alternatives.add(and.size() == 1 ? and.get(0) : "(" + String.join(" AND ", and) + ")");
        }
        return String.join(" OR ", alternatives);
    }

    /** {@code j1.id = x.department_id} (many-to-one) or {@code j1.student_id = x.id} (one-to-one). */
    private static String toOneOn(SqlDialect d, Relation hop, String outer, String alias) {
        Column fk = hop.foreignKey().orElseThrow();
        return switch (hop.kind()) {
            case MANY_TO_ONE -> alias + "." + d.quote(hop.target().id().orElseThrow().name()) + " = " + outer + "."
                    + d.quote(fk.name());
            default -> alias + "." + d.quote(fk.name()) + " = " + outer + "." + d.quote(hop.owner().id().orElseThrow().name());
        };
    }

    private String where(SqlDialect d) {
        List<String> groups = new ArrayList<>();
        for (List<Condition> group : query.where()) {
            List<String> terms = new ArrayList<>();
            for (Condition condition : group) {
                terms.add(condition(d, condition));
            }
            String and = String.join(" AND ", terms);
            groups.add(query.where().size() > 1 && terms.size() > 1 ? "(" + and + ")" : and);
        }
        return String.join(" OR ", groups);
    }

    /** One predicate: on the joined alias, or inside a semi-join from the first to-many hop on. */
    private String condition(SqlDialect d, Condition condition) {
        List<Relation> hops = condition.path().hops();
        int joined = 0;
        while (joined < hops.size() && !PropertyPath.isToMany(hops.get(joined))) {
            joined++;
        }
        String outer = joined == 0 ? "x" : joins.get(hops.subList(0, joined));
        if (joined == hops.size()) {
            return predicate(d, condition, outer);
        }
        return exists(d, condition, hops.subList(joined, hops.size()), outer);
    }

    /**
     * {@code EXISTS (SELECT 1 FROM course s1 JOIN department s2 ON ... WHERE s1.student_id = x.id AND
     * s2.code = ?)}: the to-many hop correlated with the outer row, the rest inner-joined; on H2
     * {@code x.id IN (SELECT s1.student_id FROM ... WHERE s2.code = ?)} ({@link SqlDialect#semiJoin}).
     */
    private String exists(SqlDialect d, Condition condition, List<Relation> hops, String outer) {
        Relation first = hops.get(0);
        String alias = "s" + (++subqueries);
        StringBuilder from = new StringBuilder();
        String inner;
        String outerKey = outer + "." + d.quote(first.owner().id().orElseThrow().name());
        if (first.kind() == dev.joinwright.processor.model.RelationKind.MANY_TO_MANY) {
            String link = alias + "a";
            from.append(d.quote(first.association().orElseThrow().name())).append(' ').append(link)
                    .append(" JOIN ").append(d.quote(first.target().table())).append(' ').append(alias)
                    .append(" ON ").append(alias).append('.').append(d.quote(first.target().id().orElseThrow().name()))
                    .append(" = ").append(link).append('.').append(d.quote(first.targetColumn()));
            inner = link + "." + d.quote(first.ownerColumn());
        } else {
            from.append(d.quote(first.target().table())).append(' ').append(alias);
            inner = alias + "." + d.quote(first.foreignKey().orElseThrow().name());
        }
        String previous = alias;
        for (Relation hop : hops.subList(1, hops.size())) {
            String next = "s" + (++subqueries);
            if (hop.kind() == dev.joinwright.processor.model.RelationKind.MANY_TO_MANY) {
                String link = next + "a";
                from.append(" JOIN ").append(d.quote(hop.association().orElseThrow().name())).append(' ').append(link)
                        .append(" ON ").append(link).append('.').append(d.quote(hop.ownerColumn())).append(" = ")
                        .append(previous).append('.').append(d.quote(hop.owner().id().orElseThrow().name()))
                        .append(" JOIN ").append(d.quote(hop.target().table())).append(' ').append(next)
                        .append(" ON ").append(next).append('.').append(d.quote(hop.target().id().orElseThrow().name()))
                        .append(" = ").append(link).append('.').append(d.quote(hop.targetColumn()));
            } else if (hop.kind() == dev.joinwright.processor.model.RelationKind.MANY_TO_ONE) {
                from.append(" JOIN ").append(d.quote(hop.target().table())).append(' ').append(next).append(" ON ")
                        .append(toOneOn(d, hop, previous, next));
            } else {
                from.append(" JOIN ").append(d.quote(hop.target().table())).append(' ').append(next).append(" ON ")
                        .append(next).append('.').append(d.quote(hop.foreignKey().orElseThrow().name())).append(" = ")
                        .append(previous).append('.').append(d.quote(hop.owner().id().orElseThrow().name()));
            }
            previous = next;
        }
        return d.semiJoin(outerKey, inner, from.toString(), predicate(d, condition, previous));
    }

    /** The predicate on {@code alias}'s column, with its placeholders. */
    private static String predicate(SqlDialect d, Condition condition, String alias) {
        Column column = condition.path().column();
        String e = alias + "." + d.quote(column.name());
        String ce = d.comparable(e, column.type());
        String cp = d.comparable("?", column.type());
        boolean ic = condition.ignoreCase();
        String le = ic ? "LOWER(" + e + ")" : ce;
        String lp = ic ? "LOWER(?)" : cp;
        return switch (condition.operator()) {
            case EQUALS -> le + " = " + lp;
            case NOT -> le + " <> " + lp;
            case IN -> (ic ? "LOWER(" + e + ")" : e) + " IN (" + LIST_MARKER + ")";
            case NOT_IN -> "(" + e + " IS NOT NULL AND NOT COALESCE(" + (ic ? "LOWER(" + e + ")" : e) + " IN ("
                    + LIST_MARKER + "), 0 = 1))";
            case LESS_THAN, BEFORE -> le + " < " + lp;
            case LESS_THAN_EQUAL -> le + " <= " + lp;
            case GREATER_THAN, AFTER -> le + " > " + lp;
            case GREATER_THAN_EQUAL -> le + " >= " + lp;
            case BETWEEN -> le + " BETWEEN " + lp + " AND " + lp;
            case IS_NULL -> e + " IS NULL";
            case IS_NOT_NULL -> e + " IS NOT NULL";
            case TRUE, FALSE -> e + " = ?";
            case LIKE, NOT_LIKE, STARTING_WITH, ENDING_WITH, CONTAINING -> {
                boolean negated = condition.operator() == Operator.NOT_LIKE;
                boolean escaped = condition.operator().isEscapedPattern();
                yield ic ? "LOWER(" + e + ")" + (negated ? " NOT" : "") + " LIKE LOWER(?)" + (escaped ? escapeClause() : "")
                        : d.caseSensitiveMatch(e, negated, escaped ? escapeClause() : "");
            }
        };
    }

    /** A dynamic {@code Sort}'s term of one of the entity's columns: {@code x.gpa DESC NULLS LAST}. */
    public static Sql sortTerm(Column column, boolean descending) {
        return d -> d.orderTerm(d.comparable("x." + d.quote(column.name()), column.type()), descending, column.nullable());
    }

    /** {@code  ESCAPE '!'}. */
    public static String escapeClause() {
        return " ESCAPE '" + ESCAPE + "'";
    }

    /** The ORDER BY: the terms as written, then the key, so that ties (and pages) are stable. */
    private String orderBy(SqlDialect d) {
        List<String> terms = new ArrayList<>();
        Column key = entity.id().orElseThrow();
        boolean endsWithKey = false;
        for (Ordering ordering : query.orderBy()) {
            PropertyPath path = ordering.path();
            String alias = path.hops().isEmpty() ? "x" : joins.get(path.hops());
            Column column = path.column();
            terms.add(d.orderTerm(d.comparable(alias + "." + d.quote(column.name()), column.type()),
                    ordering.descending(), column.nullable() || !path.hops().isEmpty()));
            endsWithKey = path.hops().isEmpty() && column.equals(key);
        }
        if (!endsWithKey) {
            terms.add("x." + d.quote(key.name()));
        }
        return " ORDER BY " + String.join(", ", terms);
    }
}
