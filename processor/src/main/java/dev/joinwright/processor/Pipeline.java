package dev.joinwright.processor;

import dev.joinwright.processor.discover.Completeness;
import dev.joinwright.processor.discover.EntityDiscovery;
import dev.joinwright.processor.discover.QueryDiscovery;
import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.model.query.QueryInterface;
import dev.joinwright.processor.parse.Annotations;
import dev.joinwright.processor.parse.query.QueryInterfaceParser;
import dev.joinwright.processor.verify.H2Verifier;
import dev.joinwright.processor.write.DaoWriter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import dev.joinwright.processor.discover.SchemaScope;
import dev.joinwright.processor.model.Binder;
import dev.joinwright.processor.model.Entity;
import dev.joinwright.processor.model.Schema;
import dev.joinwright.processor.parse.EntityParser;
import dev.joinwright.processor.validate.Diagnostics;
import dev.joinwright.processor.validate.Message;
import dev.joinwright.processor.validate.ValidationContext;
import dev.joinwright.processor.validate.Validator;
import dev.joinwright.processor.version.SchemaAnnotation;
import dev.joinwright.processor.version.SchemaVersions;
import dev.joinwright.processor.write.BoundSchemaPackages;
import dev.joinwright.processor.write.Output;
import dev.joinwright.processor.write.Writers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The phases over the rounds of one compilation. Entities accumulate across rounds (another
 * processor may generate one later); an entity whose types are not generated yet waits. In the
 * round an entity arrives complete, the whole schema is validated and the new entities' records
 * and DAOs are written; the schema class and the DDL resources are written once, in the first
 * round that brings no new entity, which is never the last round (the round after one that wrote
 * sources), so no file is ever re-opened and {@code -Werror} stays clean.
 */
final class Pipeline {
    private final ProcessingEnvironment env;
    private final SchemaScope scope;
    private final Completeness completeness;
    private final Output output;
    private final Set<String> seen = new TreeSet<>();
    private final Set<String> waiting = new TreeSet<>();
    private final Set<String> roots = new TreeSet<>();
    private final Set<String> written = new TreeSet<>();
    private final Set<String> versioned = new TreeSet<>();
    private final Set<String> queryInterfaces = new TreeSet<>();
    private final Set<String> queriesParsed = new TreeSet<>();
    private boolean aggregateWritten;
    private boolean failed;

    /** A bound schema and the entities whose record and DAO this compilation writes. */
    private record Bound(Binder binder, Set<String> generate) {}

    Pipeline(ProcessingEnvironment env) {
        this.env = env;
        this.scope = new SchemaScope(env, env.getOptions().get(Output.SCHEMA_CLASS_OPTION));
        this.completeness = new Completeness(env.getElementUtils());
        this.output = new Output(env.getFiler(), env.getOptions());
    }

    /** Where a writer was when it failed, if it was writing. */
    Output output() {
        return output;
    }

    void round(RoundEnvironment round, Diagnostics diagnostics) throws IOException {
        TypeElement schemaAnnotation = env.getElementUtils().getTypeElement(SchemaAnnotation.NAME);
        if (schemaAnnotation != null) {
            javax.lang.model.util.ElementFilter.typesIn(round.getElementsAnnotatedWith(schemaAnnotation))
                    .forEach(type -> versioned.add(type.getQualifiedName().toString()));
        }
        boolean arrived = false;
        for (TypeElement type : EntityDiscovery.entities(round, env.getElementUtils())) {
            String name = type.getQualifiedName().toString();
            if (seen.add(name)) {
                waiting.add(name);
                arrived = true;
            }
        }
        for (TypeElement queries : QueryDiscovery.interfaces(round, env.getElementUtils())) {
            if (!queryInterfaces.add(queries.getQualifiedName().toString())) {
                continue;
            }
            arrived = true;
            Optional<TypeElement> target = QueryInterfaceParser.target(env.getElementUtils(), queries);
            if (target.isPresent() && Annotations.find(target.get(), Annotations.ENTITY).isPresent()
                    && scope.isOwn(target.get(), queries) && seen.add(target.get().getQualifiedName().toString())) {
                waiting.add(target.get().getQualifiedName().toString());
            }
        }
        if (failed) {
            return;
        }
        if (round.processingOver()) {
            reportIncomplete(diagnostics);
            reportUnread(diagnostics);
            return;
        }
        Set<String> ready = new TreeSet<>();
        for (String name : waiting) {
            TypeElement type = env.getElementUtils().getTypeElement(name);
            if (type != null && completeness.isComplete(type)) {
                ready.add(name);
            }
        }
        if (!ready.isEmpty()) {
            waiting.removeAll(ready);
            roots.addAll(ready);
            writeEntities(diagnostics);
        } else if (!arrived && waiting.isEmpty() && !written.isEmpty() && !aggregateWritten) {
            aggregateWritten = true;
            Optional<SchemaAnnotation> version = schemaVersion(diagnostics);
            version.ifPresent(v -> output.versioned(v.element().getQualifiedName().toString(), v.version(),
                    v.schemaClass()));
            BoundSchema schema = bind(diagnostics, false, roots).binder().bind();
            Writers.writeAggregate(schema, output);
            if (version.isPresent()) {
                SchemaVersions.run(schema, version.get(),
                        output.schemaClass(new BoundSchemaPackages(schema)).canonicalName(),
                        env.getOptions().get(SchemaVersions.SCHEMA_DIR_OPTION), diagnostics, output);
            }
        }
    }

    /** The one {@code @Schema} of the compilation, if any; a second one is an error. */
    private Optional<SchemaAnnotation> schemaVersion(Diagnostics diagnostics) {
        List<SchemaAnnotation> found = new ArrayList<>();
        for (String name : versioned) {
            TypeElement type = env.getElementUtils().getTypeElement(name);
            if (type != null) {
                SchemaAnnotation.of(type).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) { // not recompiled: named by this module's previous schema class
            scope.previousSchemaClass(roots).flatMap(Pipeline::versionedBy)
                    .map(name -> env.getElementUtils().getTypeElement(name))
                    .flatMap(SchemaAnnotation::of).ifPresent(found::add);
        }
        for (int i = 1; i < found.size(); i++) {
            diagnostics.error(found.get(i).element(), found.get(i).annotation(), "version", Message.SCHEMA_DUPLICATE,
                    found.get(0).element().getQualifiedName(), found.get(i).element().getQualifiedName());
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The {@code @Schema} interface a previous versioned schema class names. */
    private static Optional<String> versionedBy(TypeElement schemaClass) {
        return javax.lang.model.util.ElementFilter.fieldsIn(schemaClass.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(dev.joinwright.processor.write.SchemaWriter.VERSIONED_BY_FIELD))
                .map(f -> f.getConstantValue()).filter(String.class::isInstance).map(String.class::cast).findFirst();
    }

    /** Validates the schema as it stands and writes the records and DAOs not written yet. */
    private void writeEntities(Diagnostics diagnostics) throws IOException {
        Bound bound = bind(diagnostics, true, roots);
        if (diagnostics.hasErrors()) {
            failed = true; // nothing is generated for a build in error
            return;
        }
        Set<String> now = new TreeSet<>(bound.generate());
        now.removeAll(written);
        BoundSchema schema = bound.binder().bind();
        Map<String, List<QueryInterface>> queries = queries(schema, now, diagnostics);
        if (diagnostics.hasErrors()) {
            failed = true;
            return;
        }
        written.addAll(now);
        Writers.writeEntities(schema, entity -> now.contains(entity.qualifiedName()),
                entity -> queries.getOrDefault(entity.qualifiedName(), List.of()), output);
    }

    /**
     * The {@code @Queries} interfaces not read yet whose entity's DAO is written now (or that name no
     * entity of this schema, to report them), resolved, by entity.
     */
    private Map<String, List<QueryInterface>> queries(BoundSchema schema, Set<String> now, Diagnostics diagnostics) {
        H2Verifiers verifiers = new H2Verifiers(schema, env.getOptions().get(H2Verifier.DIALECT_OPTION), diagnostics);
        QueryInterfaceParser parser = new QueryInterfaceParser(env.getTypeUtils(), env.getElementUtils(), diagnostics,
                schema, verifiers::get);
        Map<String, List<QueryInterface>> byEntity = new TreeMap<>();
        for (String name : queryInterfaces) {
            TypeElement element = env.getElementUtils().getTypeElement(name);
            if (element == null || queriesParsed.contains(name)) {
                continue;
            }
            Optional<String> entity = QueryInterfaceParser.target(env.getElementUtils(), element)
                    .map(t -> t.getQualifiedName().toString());
            boolean own = entity.flatMap(e -> schema.schema().entity(e)).filter(e -> !schema.schema().isExternal(e))
                    .isPresent();
            if (own && !now.contains(entity.get())) {
                continue;
            }
            queriesParsed.add(name);
            diagnostics.focus(element);
            parser.parse(element, e -> DaoWriter.generatedMethods(schema, e))
                    .ifPresent(q -> byEntity.computeIfAbsent(q.entity().qualifiedName(), e -> new ArrayList<>()).add(q));
        }
        verifiers.close();
        return byEntity;
    }

    /** Parses the schema of these source entities, binds it, and validates it if asked. */
    private Bound bind(Diagnostics diagnostics, boolean validate, Set<String> sources) {
        SchemaScope.Members members = scope.resolve(sources);
        EntityParser parser = new EntityParser(env);
        List<Entity> own = new ArrayList<>();
        for (TypeElement type : members.own()) {
            diagnostics.focus(type);
            own.add(parser.parse(type, members.nullable().getOrDefault(type.getQualifiedName().toString(), Set.of())));
        }
        List<Entity> external = new ArrayList<>();
        for (TypeElement type : members.external()) {
            diagnostics.focus(type);
            external.add(parser.parse(type).withoutRelationships());
        }
        Schema schema = new Schema(own, external);
        Binder binder = new Binder(schema);
        if (validate) {
            Validator.validate(new ValidationContext(schema, binder, env.getTypeUtils(), env.getElementUtils(),
                    diagnostics));
        }
        return new Bound(binder, members.generate());
    }

    /** The compile-time database of one round's {@code @Query} checks, opened on first use. */
    private static final class H2Verifiers {
        private final BoundSchema schema;
        private final String dialect;
        private final Diagnostics diagnostics;
        private Optional<H2Verifier> verifier;

        H2Verifiers(BoundSchema schema, String dialect, Diagnostics diagnostics) {
            this.schema = schema;
            this.dialect = dialect;
            this.diagnostics = diagnostics;
        }

        Optional<H2Verifier> get() {
            if (verifier == null) {
                try {
                    verifier = Optional.of(H2Verifier.open(schema, dialect));
                } catch (java.sql.SQLException | RuntimeException | LinkageError e) {
                    diagnostics.internalError(diagnostics.focusOr(null), e);
                    verifier = Optional.empty();
                }
            }
            return verifier;
        }

        void close() {
            if (verifier != null) {
                verifier.ifPresent(H2Verifier::close);
            }
        }
    }

    /** In the last round: {@code @Queries} interfaces that named no entity of this compilation's schema. */
    private void reportUnread(Diagnostics diagnostics) {
        for (String name : queryInterfaces) {
            TypeElement element = env.getElementUtils().getTypeElement(name);
            if (element == null || queriesParsed.contains(name)) {
                continue;
            }
            Optional<TypeElement> target = QueryInterfaceParser.target(env.getElementUtils(), element);
            boolean entity = target.isPresent() && Annotations.find(target.get(), Annotations.ENTITY).isPresent();
            String named = target.map(t -> t.getSimpleName().toString()).orElse("?");
            if (entity) {
                diagnostics.error(element, Message.QUERIES_EXTERNAL_ENTITY, element.getSimpleName(), named);
            } else {
                diagnostics.error(element, Message.QUERIES_NOT_ENTITY, element.getSimpleName(), named,
                        String.join(", ", seen.stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList()));
            }
        }
    }

    /** In the last round: entities still waiting for types are validated, so their errors show. */
    private void reportIncomplete(Diagnostics diagnostics) {
        if (waiting.isEmpty()) {
            return;
        }
        Set<String> sources = new TreeSet<>(roots);
        sources.addAll(waiting);
        bind(diagnostics, true, sources);
        if (!diagnostics.hasErrors()) {
            for (String name : waiting) {
                TypeElement type = env.getElementUtils().getTypeElement(name);
                diagnostics.error(type, Message.ENTITY_INCOMPLETE, type.getSimpleName());
            }
        }
    }
}
