package dev.joinwright.bench;

import dev.joinwright.bench.hibernate.HibernateLibrary;
import dev.joinwright.bench.hibernate.LazyHibernateLibrary;
import dev.joinwright.bench.jdbc.JdbcLibrary;
import dev.joinwright.bench.jdbi.JdbiLibrary;
import dev.joinwright.bench.joinwright.JoinwrightLibrary;
import dev.joinwright.bench.jooq.JooqLibrary;
import dev.joinwright.bench.micronaut.MicronautLibrary;
import dev.joinwright.bench.spring.SpringDataLibrary;
import javax.sql.DataSource;

/** The implementations by the names the benchmarks' {@code library} parameter uses. */
public final class Libraries {
    /** Every implementation, hand-written JDBC first. */
    public static final java.util.List<String> NAMES = java.util.List.of("jdbc", "joinwright", "hibernate",
            "hibernate-lazy", "hibernate-batch", "jooq", "jdbi", "micronaut-data", "spring-data");

    /** The libraries the query-path benchmark runs (Hibernate once: its lazy variants query alike). */
    public static final java.util.List<String> QUERY_NAMES = java.util.List.of("jdbc", "joinwright", "hibernate", "jooq",
            "jdbi", "micronaut-data", "spring-data");

    private Libraries() {}

    /**
     * Why a library does not run a workload (the cell stays empty, the report says why), or empty when
     * it does.
     */
    public static java.util.Optional<String> notApplicable(String library, Workload workload) {
        if (library.startsWith("hibernate-") && workload.isQuery()) {
            return java.util.Optional.of("the query paths run Hibernate once (column hibernate): its lazy and"
                    + " batch-fetch variants query alike");
        }
        if (library.equals("spring-data") && workload == Workload.authorsWithBookTagged) {
            return java.util.Optional.of("Spring Data JDBC's derived queries reach only the aggregate's own"
                    + " entities; author → book → tag crosses two aggregates (an @Query would be hand-written SQL)");
        }
        return java.util.Optional.empty();
    }

    public static Library create(String name, DataSource dataSource, BenchDatabase database) {
        return switch (name) {
            case "jdbc" -> new JdbcLibrary(dataSource);
            case "joinwright" -> new JoinwrightLibrary(dataSource);
            case "hibernate" -> new HibernateLibrary(dataSource);
            case "hibernate-lazy" -> new LazyHibernateLibrary(dataSource, 0);
            case "hibernate-batch" -> new LazyHibernateLibrary(dataSource, 100);
            case "jooq" -> new JooqLibrary(dataSource, database);
            case "jdbi" -> new JdbiLibrary(dataSource);
            case "micronaut-data" -> new MicronautLibrary(dataSource, database);
            case "spring-data" -> new SpringDataLibrary(dataSource, database);
            default -> throw new IllegalArgumentException("No library " + name);
        };
    }
}
