package dev.joinwright.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three start-up programs, written next to a generated model (package {@code gen}): each
 * creates the schema in a fresh H2 database, inserts one E0 and reads it back by key, then prints
 * {@code READY <classes loaded> <heap used after GC>}.
 */
final class StartupSources {
    private StartupSources() {}

    private static final String REPORT = """
                System.gc();
                System.out.println("READY " + java.lang.management.ManagementFactory.getClassLoadingMXBean()
                        .getTotalLoadedClassCount() + " " + java.lang.management.ManagementFactory.getMemoryMXBean()
                        .getHeapMemoryUsage().getUsed() + " " + answer);
            }
        }
        """;

    static void joinwright(Path src) throws IOException {
        Files.writeString(src.resolve("gen/JoinwrightMain.java"), """
                package gen;

                import dev.joinwright.Database;

                public final class JoinwrightMain {
                    public static void main(String[] args) throws Exception {
                        Database db = Database.h2InMemory("startup");
                        try (var c = db.dataSource().getConnection()) {
                            JoinwrightSchema.create(c);
                        }
                        E0Dao dao = new E0Dao(db);
                        long id = dao.insert(E0Record.builder().name("n").code("c").quantity(1).weight(2)
                                .active(true).created(java.time.LocalDate.of(2020, 1, 1)).prevId(0).build()).id();
                        String answer = dao.findById(id).orElseThrow().name();
                """ + REPORT);
    }

    static void jdbc(Path src) throws IOException {
        Files.writeString(src.resolve("gen/JdbcMain.java"), """
                package gen;

                import java.sql.*;

                public final class JdbcMain {
                    public static void main(String[] args) throws Exception {
                        String answer;
                        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1");
                                Statement s = c.createStatement()) {
                            String script = new String(JdbcMain.class.getResourceAsStream("/META-INF/joinwright/h2.sql")
                                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                                if (!sql.isBlank()) {
                                    s.execute(sql);
                                }
                            }
                            long id;
                            try (PreparedStatement ps = c.prepareStatement("INSERT INTO e0 (name, code, quantity, weight,"
                                    + " active, created, prev_id) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                                ps.setString(1, "n"); ps.setString(2, "c"); ps.setInt(3, 1); ps.setDouble(4, 2);
                                ps.setBoolean(5, true); ps.setObject(6, java.time.LocalDate.of(2020, 1, 1)); ps.setLong(7, 0);
                                ps.executeUpdate();
                                try (ResultSet keys = ps.getGeneratedKeys()) { keys.next(); id = keys.getLong(1); }
                            }
                            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM e0 WHERE id = ?")) {
                                ps.setLong(1, id);
                                try (ResultSet rs = ps.executeQuery()) { rs.next(); answer = rs.getString(2); }
                            }
                        }
                """ + REPORT);
    }

    static void hibernate(Path src, int n) throws IOException {
        StringBuilder classes = new StringBuilder();
        for (int i = 0; i < n; i++) {
            classes.append(".addAnnotatedClass(E").append(i).append(".class)\n");
        }
        Files.writeString(src.resolve("gen/HibernateMain.java"), """
                package gen;

                public final class HibernateMain {
                    public static void main(String[] args) throws Exception {
                        var registry = new org.hibernate.boot.registry.StandardServiceRegistryBuilder()
                                .applySetting("jakarta.persistence.jdbc.url", "jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1")
                                .applySetting("hibernate.hbm2ddl.auto", "create")
                                .build();
                        var factory = new org.hibernate.boot.MetadataSources(registry)
                """ + classes + """
                                .buildMetadata().buildSessionFactory();
                        String answer;
                        try (var s = factory.openSession()) {
                            E0 e = new E0();
                            e.name = "n"; e.code = "c"; e.quantity = 1; e.weight = 2; e.active = true;
                            e.created = java.time.LocalDate.of(2020, 1, 1);
                            s.inTransaction(tx -> s.persist(e));
                            s.clear();
                            answer = s.find(E0.class, e.id).name;
                        }
                """ + REPORT);
    }
}
