package dev.joinwright.processor.sql.dml;

import static dev.joinwright.processor.sql.dml.EntityStatements.columns;

import dev.joinwright.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
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
    public JoinStatements(Entity entity) {
        this.entity = entity;
    }

    public Sql select() {
        return d -> "SELECT " + columns(entity, d, "x");
    }

    public Sql from() {
        return d -> " FROM " + d.quote(entity.table()) + " x";
    }

    public Sql orderByKey() {
        return d -> " ORDER BY " + EntityStatements.keyColumns(entity, d, "x");
    }

    public Sql whereKey() {
        return d -> " WHERE " + EntityStatements.keyCondition(entity, d, "x");
    }

    /** {@code , j0.id, j0.name}: the joined target's columns, appended to the select list. */
    public Sql columnsOf(Relation relation, String alias) {
        return d -> ", " + columns(relation.target(), d, alias);
    }

    /**
     * The parent by key with the rows of one to-many relationship:
     * {@code SELECT x.*, c.* FROM users x LEFT JOIN content c ON c.owner_id = x.id WHERE x.id = ? ORDER BY c.id},
     * the children in the order the relationship's own query gives them.
     */
    public Sql byKeyWithChildren(Relation relation) {
        String alias = "c";
        Sql select = select();
        Sql children = columnsOf(relation, alias);
        Sql from = from();
        Sql join = leftJoin(relation, alias);
        Sql where = whereKey();
        return d -> select.in(d) + children.in(d) + from.in(d) + join.in(d) + where.in(d) + " ORDER BY "
                + EntityStatements.orderBy(relation.decl().orderBy(), relation.target(), d, alias);
    }

    /** {@code  LEFT JOIN users j0 ON j0.id = x.owner_id}. */
    public Sql leftJoin(Relation relation, String alias) {
        List<Column> fk = relation.foreignKeyColumns();
        return d -> {
            List<String> on = new ArrayList<>();
            for (int i = 0; i < fk.size(); i++) {
                on.add(relation.kind() == RelationKind.MANY_TO_ONE
                        ? alias + "." + d.quote(relation.target().key().get(i).name()) + " = x." + d.quote(fk.get(i).name())
                        : alias + "." + d.quote(fk.get(i).name()) + " = x." + d.quote(entity.key().get(i).name()));
            }
            return " LEFT JOIN " + d.quote(relation.target().table()) + " " + alias + " ON " + String.join(" AND ", on);
        };
    }
}
