package dev.joinwright.processor.write;

import dev.joinwright.processor.model.Column;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Naming;
import dev.joinwright.processor.model.Relation;
import dev.joinwright.processor.model.TableConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names of everything generated for one entity that a user's names could collide with, handed
 * out once through {@link UniqueNames} and shared by the record and DAO writers, so that a record's
 * {@code NotLoadedException} names the DAO method that really exists.
 *
 * <p>Order of claims: the user's accessors first (they are what they are), then the fixed members
 * ({@code builder()}, CRUD methods, locals), then the names derived from relationships in
 * declaration order. A derived or fixed name that is taken gets a number ({@code builder2()},
 * {@code update2(post)}); the README lists the rule.
 */
final class EntityNames {
    /** Locals and parameters the DAO's methods use; an entity parameter never takes one of them. */
    static final Set<String> DAO_LOCALS = Set.of("db", "codecs", "dialect", "rowMapper", "key", "keys", "result",
            "byKey", "row", "rows", "parent", "parents", "i", "ps", "rs", "t", "set", "joined", "slot", "sql",
            "builder", "column", "loaded", "fetch", "fetches", "found", "id", "targets", "value", "offset", "limit",
            "entry", "first", "stored", "target", "children", "linked", "k", "plan");
    /** DAO methods with one parameter that a navigation method of the same name would collide with. */
    private static final List<String> ONE_ARGUMENT_CRUD = List.of("insert", "insertAll", "update", "findById",
            "deleteById", "columnList", "rowReader");
    /** Every fixed DAO method; a finder never takes one of their names. */
    private static final List<String> CRUD = List.of("insert", "insertAll", "bindInsert", "findById", "findAll",
            "findPage", "update", "bindUpdate", "deleteById", "count", "load", "loadRest", "fetchSet", "readRow",
            "readJoined", "joinedSql", "streamAll", "columnList", "rowReader", "readRowAt", "plan");

    /** The members of a DAO's {@code Plan} and its methods' locals; a relationship's plan method never takes one. */
    private static final List<String> PLAN_MEMBERS = List.of("EMPTY", "of", "isEmpty", "toString", "equals",
            "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "then", "other", "that",
            "parts", "plan", "fetch", "fetches");

    final String builderMethod;
    final String toBuilderMethod;
    final String hashLocal;
    final String parameter;
    private final Map<String, String> withMethods = new HashMap<>();
    private final Map<String, String> finders = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, String> navigation = new HashMap<>();
    private final Map<String, String> writeSuffixes = new HashMap<>();
    private final Map<String, String> targetParameters = new HashMap<>();
    private final Map<String, String> planMembers = new HashMap<>();
    private final List<String> uniqueFinders = new java.util.ArrayList<>();
    private final List<List<String>> uniqueFinderParameters = new java.util.ArrayList<>();

    private EntityNames(Entity entity, List<Relation> relations) {
        UniqueNames recordMethods = new UniqueNames();
        entity.columns().forEach(c -> recordMethods.reserve(c.accessorName()));
        relations.forEach(r -> recordMethods.reserve(r.name()));
        builderMethod = recordMethods.claim("builder");
        toBuilderMethod = recordMethods.claim("toBuilder");
        UniqueNames fields = new UniqueNames();
        entity.columns().forEach(c -> fields.reserve(c.accessorName()));
        hashLocal = fields.claim("h");
        UniqueNames withs = new UniqueNames();
        entity.columns().forEach(c -> withMethods.put(c.accessorName(), withs.claim("with" + Naming.capitalize(c.accessorName()))));
        relations.forEach(r -> withMethods.put(r.name(), withs.claim("with" + Naming.capitalize(r.name()))));
        UniqueNames locals = new UniqueNames(DAO_LOCALS.toArray(String[]::new));
        parameter = locals.claim(preferredParameter(entity));
        UniqueNames finderNames = new UniqueNames(CRUD.toArray(String[]::new));
        UniqueNames daoMethods = new UniqueNames(ONE_ARGUMENT_CRUD.toArray(String[]::new));
        for (Column column : entity.columns()) {
            if (column.unique() && !column.id()) {
                String finder = finderNames.claim(findBy(column));
                finders.put(column.accessorName(), finder);
                daoMethods.reserve(finder);
            }
        }
        UniqueNames plans = new UniqueNames(PLAN_MEMBERS.toArray(String[]::new));
        relations.forEach(r -> planMembers.put(r.name(), plans.claim(r.name())));
        for (TableConstraint unique : entity.constraints(TableConstraint.Kind.UNIQUE)) {
            String finder = finderNames.claim(findBy(unique.columns(entity)));
            uniqueFinders.add(finder);
            daoMethods.reserve(finder);
            UniqueNames finderLocals = new UniqueNames(DAO_LOCALS.toArray(String[]::new));
            uniqueFinderParameters.add(unique.columns(entity).stream()
                    .map(c -> finderLocals.claim(Naming.propertyName(c.accessorName()))).toList());
        }
        UniqueNames fetches = new UniqueNames();
        UniqueNames suffixes = new UniqueNames();
        for (Relation relation : relations) {
            navigation.put(relation.name(), daoMethods.claim(relation.name()));
            constants.put(relation.name(), fetches.claim(Naming.snakeCase(relation.name()).toUpperCase(Locale.ROOT)));
            writeSuffixes.put(relation.name(), suffixes.claim(Naming.capitalize(relation.name())));
            UniqueNames setter = new UniqueNames(DAO_LOCALS.toArray(String[]::new));
            setter.reserve(parameter);
            String preferred = preferredParameter(relation.target());
            targetParameters.put(relation.name(), setter.claim(preferred.equals(parameter) ? "newValue" : preferred));
        }
    }

    static EntityNames of(Entity entity, List<Relation> relations) {
        return new EntityNames(entity, relations);
    }

    /** The DAO's finder of a unique column: {@code findByEmail}, unless a fixed method has that name. */
    String finder(Column column) {
        return finders.get(column.accessorName());
    }

    /** The preferred finder name of a unique column: {@code findByEmail}. */
    private static String findBy(Column column) {
        return "findBy" + Naming.capitalize(Naming.propertyName(column.accessorName()));
    }

    /** The preferred finder name of a multi-column unique: {@code findByLastNameAndFirstName}. */
    private static String findBy(List<Column> columns) {
        return "findBy" + String.join("And",
                columns.stream().map(c -> Naming.capitalize(Naming.propertyName(c.accessorName()))).toList());
    }

    /** The DAO's finder of the entity's {@code index}-th {@code @Unique}. */
    String uniqueFinder(int index) {
        return uniqueFinders.get(index);
    }

    /** The parameters of {@link #uniqueFinder}, one per column, in the constraint's order. */
    List<String> uniqueFinderParameters(int index) {
        return uniqueFinderParameters.get(index);
    }

    /** {@code user}, {@code userValue} for a keyword or a name the DAO uses for a local. */
    private static String preferredParameter(Entity entity) {
        String name = Naming.decapitalize(entity.simpleName());
        return SourceVersion.isKeyword(name) || DAO_LOCALS.contains(name) ? name + "Value" : name;
    }

    /** The record's copy method for a column or relationship accessor: {@code withTitle}. */
    String withMethod(String accessorName) {
        return withMethods.get(accessorName);
    }

    /** The relationship's {@code Fetch} constant, also the stem of its SQL constants: {@code OWNER}. */
    String constant(Relation relation) {
        return constants.get(relation.name());
    }

    /** The DAO's navigation methods: the accessor's name unless a CRUD method has it. */
    String navigation(Relation relation) {
        return navigation.get(relation.name());
    }

    /** The field and the methods of a DAO's {@code Plan} for a relationship: its accessor's name, unless taken. */
    String planMember(Relation relation) {
        return planMembers.get(relation.name());
    }

    /** What follows {@code link}, {@code unlink}, {@code replace} and {@code set}: {@code Tags}. */
    String writeSuffix(Relation relation) {
        return writeSuffixes.get(relation.name());
    }

    /** The parameter of {@code setR} holding the new target. */
    String targetParameter(Relation relation) {
        return targetParameters.get(relation.name());
    }
}
