package dev.joinwright.processor.sql.dml;

import static dev.joinwright.processor.sql.dml.EntityStatements.columns;
import static dev.joinwright.processor.sql.dml.EntityStatements.orderBy;
import static dev.joinwright.processor.sql.dml.EntityStatements.select;

import dev.joinwright.processor.model.AssociationTable;
import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.sql.SqlDialect;

/**
 * The statements of one bound relationship, seen from its owner: navigation (by record, by key,
 * batched) and writes (links, unlinks, the FK setter). SQL shapes are SPEC section 5's: a key
 * lookup or a JOIN for many-to-one, a filtered SELECT on the FK column for one-to-one and
 * one-to-many, a JOIN through the association table for many-to-many.
 */
public final class RelationStatements {
    private final Relation relation;
    private final Entity owner;
    private final Entity target;

    public RelationStatements(Relation relation) {
        this.relation = relation;
        this.owner = relation.owner();
        this.target = relation.target();
    }

    private Column fk() {
        return relation.foreignKey().orElseThrow();
    }

    private Column targetKey() {
        return target.id().orElseThrow();
    }

    // ---- many-to-one ----

    /** The target row by its key (the owner's FK value). */
    public Sql manyToOneByKey() {
        return d -> select(target, d, "") + " WHERE " + d.quote(targetKey().name()) + " = ?";
    }

    /** The target row of the owner row with the bound key: one JOIN. */
    public Sql manyToOneByOwnerKey() {
        return d -> select(target, d, "t") + " JOIN " + d.quote(owner.table()) + " o ON t." + d.quote(targetKey().name())
                + " = o." + d.quote(fk().name()) + " WHERE " + EntityStatements.keyCondition(owner, d, "o");
    }

    /** The target rows of many FK values. */
    public KeySql manyToOneByKeys() {
        return KeySql.of(d -> select(target, d, ""), d -> d.quote(targetKey().name()), d -> "");
    }

    /** Points the owner row's FK (bound first) at another target; the owner's key second. */
    public Sql setForeignKey() {
        return d -> "UPDATE " + d.quote(owner.table()) + " SET " + d.quote(fk().name()) + " = ? WHERE "
                + EntityStatements.keyCondition(owner, d, "");
    }

    // ---- composite FKs: the columns of the FK, paired with the referenced key in its order ----

    /** {@code a = ? AND b = ?} over the FK's columns, with an optional alias. */
    private String foreignKeyCondition(SqlDialect d, String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return relation.foreignKeyColumns().stream().map(c -> prefix + d.quote(c.name()) + " = ?")
                .collect(java.util.stream.Collectors.joining(" AND "));
    }

    private String foreignKeyColumnList(SqlDialect d) {
        return relation.foreignKeyColumns().stream().map(c -> d.quote(c.name()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The referenced row by its composite key (the owner's FK values, in key order). */
    public Sql compositeManyToOneByKey() {
        return d -> select(target, d, "") + " WHERE " + EntityStatements.keyCondition(target, d, "");
    }

    /** The referenced row of the owner row with the bound key: one JOIN on every column of the FK. */
    public Sql compositeManyToOneByOwnerKey() {
        return d -> {
            java.util.List<String> on = new java.util.ArrayList<>();
            for (int i = 0; i < target.key().size(); i++) {
                on.add("t." + d.quote(target.key().get(i).name()) + " = o."
                        + d.quote(relation.foreignKeyColumns().get(i).name()));
            }
            return select(target, d, "t") + " JOIN " + d.quote(owner.table()) + " o ON " + String.join(" AND ", on)
                    + " WHERE " + EntityStatements.keyCondition(owner, d, "o");
        };
    }

    /** The referenced rows of many composite keys: a row-value IN. */
    public KeySql compositeManyToOneByKeys() {
        return KeySql.rows(d -> select(target, d, ""), d -> EntityStatements.keyColumns(target, d, ""), d -> "");
    }

    /** The target rows whose composite FK is the bound owner key, ordered. */
    public Sql compositeByForeignKey() {
        return d -> select(target, d, "") + " WHERE " + foreignKeyCondition(d, "") + orderTail(d, true);
    }

    /** The target rows of many owner keys: a row-value IN on the FK's columns. */
    public KeySql compositeByForeignKeys() {
        return KeySql.rows(d -> select(target, d, ""), this::foreignKeyColumnList, d -> orderTail(d, true));
    }

    // ---- one-to-one and one-to-many: the FK column is on the target ----

    /** The target rows whose FK is the bound owner key, ordered when there can be many. */
    public Sql byForeignKey(boolean many) {
        return d -> select(target, d, "") + " WHERE " + d.quote(fk().name()) + " = ?" + orderTail(d, many);
    }

    /** The target rows of many owner keys. */
    public KeySql byForeignKeys(boolean many) {
        return KeySql.of(d -> select(target, d, ""), d -> d.quote(fk().name()), d -> orderTail(d, many));
    }

    private String orderTail(SqlDialect d, boolean many) {
        return many ? " ORDER BY " + orderBy(relation.decl().orderBy(), target, d, "") : "";
    }

    /** Makes the owner (FK value bound first) the parent of the target row with the second key. */
    public Sql linkChild() {
        return d -> "UPDATE " + d.quote(target.table()) + " SET " + d.quote(fk().name()) + " = ? WHERE "
                + d.quote(targetKey().name()) + " = ?";
    }

    /** Clears the FK of the target row with the first key if it is the second (the owner's key). */
    public Sql unlinkChild() {
        return d -> "UPDATE " + d.quote(target.table()) + " SET " + d.quote(fk().name()) + " = NULL WHERE "
                + d.quote(targetKey().name()) + " = ? AND " + d.quote(fk().name()) + " = ?";
    }

    // ---- many-to-many ----

    private AssociationTable table() {
        return relation.association().orElseThrow();
    }

    private String join(SqlDialect d) {
        return " JOIN " + d.quote(table().name()) + " a ON a." + d.quote(relation.targetColumn()) + " = t."
                + d.quote(targetKey().name());
    }

    private String linkedOrder(SqlDialect d) {
        return " ORDER BY " + orderBy(relation.decl().orderBy(), target, d, "t");
    }

    /** The target rows linked to the bound owner key. */
    public Sql linked() {
        return d -> select(target, d, "t") + join(d) + " WHERE a." + d.quote(relation.ownerColumn()) + " = ?"
                + linkedOrder(d);
    }

    /** The owner key (first column) and the linked target rows of many owner keys. */
    public KeySql linkedByKeys() {
        return KeySql.of(
                d -> "SELECT a." + d.quote(relation.ownerColumn()) + ", " + columns(target, d, "t") + " FROM "
                        + d.quote(target.table()) + " t" + join(d),
                d -> "a." + d.quote(relation.ownerColumn()),
                this::linkedOrder);
    }

    /** Inserts the link (owner key, target key) unless it exists; any other violation still fails. */
    public Sql link() {
        return d -> d.insertIgnoringDuplicate(table().name(), relation.ownerColumn(), relation.targetColumn());
    }

    /** Deletes the link (owner key, target key). */
    public Sql unlink() {
        return d -> "DELETE FROM " + d.quote(table().name()) + " WHERE " + d.quote(relation.ownerColumn())
                + " = ? AND " + d.quote(relation.targetColumn()) + " = ?";
    }

    /** The target keys linked to the bound owner key, in key order: what a replace may have to unlink. */
    public Sql linkedKeys() {
        return d -> "SELECT " + d.quote(relation.targetColumn()) + " FROM " + d.quote(table().name()) + " WHERE "
                + d.quote(relation.ownerColumn()) + " = ? ORDER BY " + d.quote(relation.targetColumn());
    }

    /** Deletes every link of the bound owner key. */
    public Sql clear() {
        return d -> "DELETE FROM " + d.quote(table().name()) + " WHERE " + d.quote(relation.ownerColumn()) + " = ?";
    }
}
