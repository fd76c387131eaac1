package dev.joinwright.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated model of {@code n} entities, E0 … E(n-1): 8 columns each (id, six values, the
 * FK to the previous entity), the FK's two relationships (many-to-one and its back-population) and,
 * on every tenth entity, a many-to-many to the previous one. Three flavours of one shape:
 * Joinwright interfaces, the same interfaces without annotations (nothing to process), and JPA
 * entity classes.
 */
public final class ModelSource {
    public enum Flavour { JOINWRIGHT, PLAIN, JPA }

    private ModelSource() {}

    public static void write(Path dir, int n, Flavour flavour) throws IOException {
        Path pkg = dir.resolve("gen");
        Files.createDirectories(pkg);
        for (int i = 0; i < n; i++) {
            String source = flavour == Flavour.JPA ? jpa(i, n) : joinwright(i, n, flavour == Flavour.JOINWRIGHT);
            Files.writeString(pkg.resolve("E" + i + ".java"), source);
        }
    }

    private static String joinwright(int i, int n, boolean annotated) {
        String a = annotated ? "" : "// ";
        StringBuilder s = new StringBuilder("package gen;\n\n");
        s.append("import dev.joinwright.*;\nimport java.time.LocalDate;\nimport java.util.List;\n\n");
        s.append(a).append("@Entity\npublic interface E").append(i).append(" {\n");
        s.append("    ").append(a).append("@Id\n    long id();\n");
        s.append("    ").append(a).append("@Column(length = 80)\n    String name();\n");
        s.append("    String code();\n    int quantity();\n    double weight();\n    boolean active();\n");
        s.append("    LocalDate created();\n");
        if (i > 0) {
            s.append("    ").append(a).append("@ForeignKey(E").append(i - 1).append(".class)\n    long prevId();\n");
            s.append("    ").append(a).append("@Relationship(backPopulates = \"nexts\")\n    E").append(i - 1)
                    .append(" prev();\n");
        } else {
            s.append("    long prevId();\n");
        }
        if (i + 1 < n) {
            s.append("    ").append(a).append("@Relationship(backPopulates = \"prev\")\n    List<E").append(i + 1)
                    .append("> nexts();\n");
        }
        if (i > 0 && i % 10 == 0) {
            s.append("    ").append(a).append("@Relationship(secondary = \"m2m_").append(i)
                    .append("\", backPopulates = \"linkedFrom\")\n    List<E").append(i - 1).append("> linked();\n");
        }
        if ((i + 1) % 10 == 0 && i + 1 < n) {
            s.append("    ").append(a).append("@Relationship(secondary = \"m2m_").append(i + 1)
                    .append("\", backPopulates = \"linked\")\n    List<E").append(i + 1).append("> linkedFrom();\n");
        }
        return s.append("}\n").toString();
    }

    private static String jpa(int i, int n) {
        StringBuilder s = new StringBuilder("package gen;\n\n");
        s.append("import jakarta.persistence.*;\nimport java.time.LocalDate;\nimport java.util.*;\n\n");
        s.append("@Entity\npublic class E").append(i).append(" {\n");
        s.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    Long id;\n");
        s.append("    @Column(length = 80)\n    String name;\n");
        s.append("    String code;\n    int quantity;\n    double weight;\n    boolean active;\n    LocalDate created;\n");
        if (i > 0) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY, optional = false)\n    E").append(i - 1).append(" prev;\n");
        } else {
            s.append("    long prevId;\n");
        }
        if (i + 1 < n) {
            s.append("    @OneToMany(mappedBy = \"prev\")\n    List<E").append(i + 1).append("> nexts = new ArrayList<>();\n");
        }
        if (i > 0 && i % 10 == 0) {
            s.append("    @ManyToMany @JoinTable(name = \"m2m_").append(i).append("\")\n    Set<E").append(i - 1)
                    .append("> linked = new HashSet<>();\n");
        }
        if ((i + 1) % 10 == 0 && i + 1 < n) {
            s.append("    @ManyToMany(mappedBy = \"linked\")\n    Set<E").append(i + 1)
                    .append("> linkedFrom = new HashSet<>();\n");
        }
        return s.append("}\n").toString();
    }
}
