package dev.joinwright.processor.sql.dml;

import static dev.joinwright.processor.sql.dml.EntityStatements.columns;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.RelationKind;

/**
 * The fragments of an entity's eager to-one query: the parent as {@code x}, each LEFT JOINed
 * to-one relationship as its own alias. The DAO assembles one statement per combination of
 * relationships from these constant fragments.
 */
public final class JoinStatements {
    private final Entity entity;
    private final Column id;

    public JoinStatements(Entity entity) {
        this.entity = entity;
        this.id = entity.id().orElseThrow();
    }

    public Sql select() {
        return d -> "SELECT " + columns(entity, d, "x");
    }

    public Sql from() {
        return d -> " FROM " + d.quote(entity.table()) + " x";
    }

    public Sql orderByKey() {
        return d -> " ORDER BY x." + d.quote(id.name());
    }

    public Sql whereKey() {
        return d -> " WHERE x." + d.quote(id.name()) + " = ?";
    }

    /** {@code , j0.id, j0.name}: the joined target's columns, appended to the select list. */
    public Sql columnsOf(Relation relation, String alias) {
        return d -> ", " + columns(relation.target(), d, alias);
    }

    /** {@code  LEFT JOIN users j0 ON j0.id = x.owner_id}. */
    public Sql leftJoin(Relation relation, String alias) {
        Column fk = relation.foreignKey().orElseThrow();
        return d -> " LEFT JOIN " + d.quote(relation.target().table()) + " " + alias + " ON "
                + (relation.kind() == RelationKind.MANY_TO_ONE
                        ? alias + "." + d.quote(relation.target().id().orElseThrow().name()) + " = x." + d.quote(fk.name())
                        : alias + "." + d.quote(fk.name()) + " = x." + d.quote(id.name()));
    }
}
