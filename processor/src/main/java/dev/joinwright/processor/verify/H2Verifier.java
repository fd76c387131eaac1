package dev.joinwright.processor.verify;

import dev.joinwright.processor.model.BoundSchema;
import dev.joinwright.processor.sql.DdlPlanner;
import dev.joinwright.processor.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares {@code @Query} statements at compile time on an embedded, in-memory H2 database that
 * holds the generated schema (Room's {@code DatabaseVerifier}). H2 runs in the compatibility mode of
 * the target dialect named by the processor option {@value #DIALECT_OPTION} ({@code postgresql},
 * {@code mysql}, {@code mariadb}; {@code h2} and {@code sqlite}, which H2 has no mode for, run in
 * H2's own). H2 is shaded into the processor jar: it is never on the user's compile class path.
 */
public final class H2Verifier implements AutoCloseable {
    /** The processor option naming the database the application targets. */
    public static final String DIALECT_OPTION = "joinwright.dialect";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** What preparing a statement found: the database's message, or the result's column labels. */
    public record Verdict(Optional<String> error, List<String> labels) {}

    private final Connection connection;
    private final String mode;

    private H2Verifier(Connection connection, String mode) {
        this.connection = connection;
        this.mode = mode;
    }

    /** A database holding the schema's tables, in the mode of {@code dialect} (the option's value, or null). */
    public static H2Verifier open(BoundSchema schema, String dialect) throws SQLException {
        String mode = switch (dialect == null ? "" : dialect.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> "PostgreSQL";
            case "mysql" -> "MySQL";
            case "mariadb" -> "MariaDB";
            default -> "REGULAR";
        };
        String url = "jdbc:h2:mem:joinwright_verify_" + DATABASES.incrementAndGet() + ";MODE=" + mode
                + ";DATABASE_TO_LOWER=" + (mode.equals("REGULAR") ? "FALSE" : "TRUE");
        Connection connection = new org.h2.Driver().connect(url, new Properties());
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DdlPlanner.plan(schema).createStatements(SqlDialect.H2)) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new H2Verifier(connection, mode);
    }

    /** The H2 mode statements are prepared in. */
    public String mode() {
        return mode;
    }

    /** Prepares {@code sql} (with {@code ?} placeholders); the error, or the labels of its result. */
    public Verdict prepare(String sql) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            List<String> labels = new ArrayList<>();
            ResultSetMetaData meta = ps.getMetaData();
            if (meta != null) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
            }
            return new Verdict(Optional.empty(), labels);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            int cut = message.indexOf("; SQL statement:");
            return new Verdict(Optional.of((cut > 0 ? message.substring(0, cut) : message).trim()), List.of());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // an in-memory database: nothing is left behind
        }
    }
}
