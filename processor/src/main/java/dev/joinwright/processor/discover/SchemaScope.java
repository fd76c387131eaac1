package dev.joinwright.processor.discover;

import dev.joinwright.processor.parse.Annotations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Which entities make up this compilation's schema, when javac sees only part of it. The rule
 * (also in the README):
 * <ol>
 *   <li>Entities in this compilation's sources are its own; so are entities it references that
 *       javac compiles from the source path ({@code -sourcepath -implicit:class}).</li>
 *   <li>A schema class on the class path that lists one of those entities in its
 *       {@value #INDEX_FIELD} (each entity with its nullable accessors) is this module's previous build (an IDE or plain javac recompiling a
 *       subset): its entities that still exist are this schema's own too, so the schema class and
 *       the DDL come out as in a full build.</li>
 *   <li>Every other referenced entity on the class path belongs to an earlier module: it is an FK
 *       and relationship target, its table is created by that module's schema, first.</li>
 * </ol>
 */
public final class SchemaScope {
    /** The constant of the generated schema class that lists its entities. */
    public static final String INDEX_FIELD = "ENTITY_INDEX";
    /** The schema class's simple name when no option names it. */
    public static final String DEFAULT_SCHEMA_CLASS = "JoinwrightSchema";

    /**
     * The entities of the schema.
     *
     * @param own the schema's entities, whose tables its DDL creates
     * @param generate the names of those whose record and DAO this compilation writes
     * @param external the entities of earlier modules that {@code own} references
     * @param nullable for entities read from the previous build, their nullable accessors as the
     *     index lists them (javac 17 to 21 do not read type-use {@code @Nullable} from class files)
     */
    public record Members(List<TypeElement> own, Set<String> generate, List<TypeElement> external,
            java.util.Map<String, Set<String>> nullable) {}

    private final Elements elements;
    private final Sources sources;
    private final String schemaClassOption;

    public SchemaScope(ProcessingEnvironment env, String schemaClassOption) {
        this.elements = env.getElementUtils();
        this.sources = new Sources(env);
        this.schemaClassOption = schemaClassOption == null ? "" : schemaClassOption.trim();
    }

    /** The schema of the given source entities (by qualified name). */
    public Members resolve(Collection<String> sourceEntities) {
        Set<String> own = new TreeSet<>(sourceEntities);
        Set<String> generate = new TreeSet<>(sourceEntities);
        java.util.Map<String, Set<String>> previous = previousBuild(sourceEntities);
        own.addAll(previous.keySet());
        Set<String> external = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(own);
        while (!todo.isEmpty()) {
            TypeElement entity = elements.getTypeElement(todo.pop());
            if (entity == null) {
                continue;
            }
            for (TypeElement referenced : referencedEntities(entity)) {
                String name = referenced.getQualifiedName().toString();
                if (own.contains(name) || external.contains(name)) {
                    continue;
                }
                if (sources.isSource(referenced)) {
                    own.add(name);
                    generate.add(name);
                    todo.add(name);
                } else {
                    external.add(name);
                }
            }
        }
        java.util.Map<String, Set<String>> nullable = new java.util.TreeMap<>(previous);
        nullable.keySet().removeAll(generate);
        return new Members(types(own), generate, types(external), nullable);
    }

    private List<TypeElement> types(Set<String> names) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null && isEntity(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * The entities listed by this module's previous schema class, if one lists a source entity,
     * each with the nullable accessors the index lists for it.
     */
    private java.util.Map<String, Set<String>> previousBuild(Collection<String> sourceEntities) {
        for (String candidate : candidateSchemaClasses(sourceEntities)) {
            TypeElement schema = elements.getTypeElement(candidate);
            if (schema == null || sources.isSource(schema)) {
                continue;
            }
            java.util.Map<String, Set<String>> listed = index(schema);
            if (sourceEntities.stream().anyMatch(listed::containsKey)) {
                return listed;
            }
        }
        return java.util.Map.of();
    }

    /**
     * Whether {@code entity}, named by a {@code @Queries} interface {@code anchor} of this
     * compilation, is one of this module's entities: compiled from source, or listed by this
     * module's previous schema class (the option's, else a {@code JoinwrightSchema} in a package
     * enclosing the interface or the entity) on the class path. Otherwise it belongs to an earlier
     * module, whose build generates its DAO.
     */
    public boolean isOwn(TypeElement entity, TypeElement anchor) {
        if (sources.isSource(entity)) {
            return true;
        }
        String name = entity.getQualifiedName().toString();
        Set<String> candidates = new LinkedHashSet<>();
        if (!schemaClassOption.isEmpty()) {
            candidates.add(schemaClassOption);
        } else {
            String pkg = elements.getPackageOf(anchor).getQualifiedName().toString();
            for (String p = pkg; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
                candidates.add(p + "." + DEFAULT_SCHEMA_CLASS);
            }
        }
        for (String candidate : candidates) {
            TypeElement schema = elements.getTypeElement(candidate);
            if (schema != null && !sources.isSource(schema) && index(schema).containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** The option's class, else {@code JoinwrightSchema} in each package enclosing a source entity. */
    private Set<String> candidateSchemaClasses(Collection<String> sourceEntities) {
        Set<String> candidates = new LinkedHashSet<>();
        if (!schemaClassOption.isEmpty()) {
            candidates.add(schemaClassOption);
            return candidates;
        }
        for (String name : sourceEntities) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                continue;
            }
            String pkg = elements.getPackageOf(type).getQualifiedName().toString();
            for (String p = pkg; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
                candidates.add(p + "." + DEFAULT_SCHEMA_CLASS);
                candidates.addAll(versionedSchemaClasses(p));
            }
        }
        return candidates;
    }

    /**
     * The classes of a package on the class path named like a schema class that {@code @Schema}
     * names ({@code UniversitySchema}), sorted: a compilation that does not recompile the
     * {@code @Schema} interface finds its previous schema class among them.
     */
    private List<String> versionedSchemaClasses(String pkg) {
        javax.lang.model.element.PackageElement element = elements.getPackageElement(pkg);
        if (element == null) {
            return List.of();
        }
        return ElementFilter.typesIn(element.getEnclosedElements()).stream()
                .filter(t -> t.getSimpleName().toString().endsWith("Schema")
                        && !t.getSimpleName().contentEquals(DEFAULT_SCHEMA_CLASS) && !sources.isSource(t))
                .map(t -> t.getQualifiedName().toString()).sorted().toList();
    }

    /**
     * The previous build's schema class of these source entities (the one whose index lists one of
     * them), if there is one on the class path.
     */
    public java.util.Optional<TypeElement> previousSchemaClass(Collection<String> sourceEntities) {
        for (String candidate : candidateSchemaClasses(sourceEntities)) {
            TypeElement schema = elements.getTypeElement(candidate);
            if (schema != null && !sources.isSource(schema)
                    && sourceEntities.stream().anyMatch(index(schema)::containsKey)) {
                return java.util.Optional.of(schema);
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code a.Post,a.User:bio:nickname} → {@code {a.Post=[], a.User=[bio, nickname]}}. */
    private static java.util.Map<String, Set<String>> index(TypeElement schema) {
        java.util.Map<String, Set<String>> entities = new java.util.TreeMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(schema.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(INDEX_FIELD) && field.getConstantValue() instanceof String s
                    && !s.isEmpty()) {
                for (String entry : s.split(",")) {
                    String[] parts = entry.split(":");
                    entities.put(parts[0], new TreeSet<>(List.of(parts).subList(1, parts.length)));
                }
            }
        }
        return entities;
    }

    /** The index entry of one entity: its name, then its nullable accessors. */
    public static String indexEntry(String qualifiedName, Collection<String> nullableAccessors) {
        StringBuilder entry = new StringBuilder(qualifiedName);
        new TreeSet<>(nullableAccessors).forEach(accessor -> entry.append(':').append(accessor));
        return entry.toString();
    }

    /** The {@code @Entity} types an entity's accessors and {@code @ForeignKey}s name. */
    private Set<TypeElement> referencedEntities(TypeElement entity) {
        Set<TypeElement> referenced = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(entity))) {
            collect(method.getReturnType(), referenced);
            Annotations.find(method, Annotations.FOREIGN_KEY)
                    .flatMap(fk -> targetOf(fk))
                    .ifPresent(type -> collect(type, referenced));
        }
        return referenced;
    }

    private Optional<TypeMirror> targetOf(AnnotationMirror foreignKey) {
        return Annotations.type(elements, foreignKey, "value");
    }

    private static void collect(TypeMirror type, Set<TypeElement> referenced) {
        if (type.getKind() != TypeKind.DECLARED) {
            return;
        }
        DeclaredType declared = (DeclaredType) type;
        Element element = declared.asElement();
        if (element instanceof TypeElement t && isEntity(t)) {
            referenced.add(t);
        }
        declared.getTypeArguments().forEach(argument -> collect(argument, referenced));
    }

    static boolean isEntity(TypeElement type) {
        return Annotations.find(type, Annotations.ENTITY).isPresent();
    }
}
