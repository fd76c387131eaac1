package dev.joinwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.Database;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How long H2 takes to answer batched navigation for 100,000 parents with {@code = ANY(?)} arrays of
 * each size; the figures chose {@link dev.joinwright.Dialect#arrayChunkSize()} for H2. Not part of
 * the normal build (it takes a minute); run it with
 * {@code mvn -pl runtime -am test -Dtest=ArrayChunkMeasurement -Djoinwright.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArrayChunkMeasurement {
    private static final int PARENTS = 100_000;
    private static final int[] CHUNKS = {128, 256, 512, 1_024, 2_048, 4_096, 8_192, 65_535};

    @Test
    void h2ArrayChunkSizes() {
        Assumptions.assumeTrue(Boolean.getBoolean("joinwright.measure"), "a measurement: -Djoinwright.measure=true");
        Database db = Database.h2InMemory("chunk-measurement");
        Jdbc.update(db, "CREATE TABLE parent (id BIGINT PRIMARY KEY)", StatementBinder.NONE);
        Jdbc.update(db, "CREATE TABLE child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES parent (id))",
                StatementBinder.NONE);
        List<Long> ids = LongStream.rangeClosed(1, PARENTS).boxed().collect(Collectors.toList());
        Jdbc.batch(db, "INSERT INTO parent (id) VALUES (?)", ids, (ps, id) -> ps.setLong(1, id));
        Jdbc.batch(db, "INSERT INTO child (id, parent_id) VALUES (?, ?)", ids, (ps, id) -> {
            ps.setLong(1, id);
            ps.setLong(2, id);
        });
        KeyQuery query = new KeyQuery("SELECT id, parent_id FROM child WHERE parent_id IN (", ")",
                "SELECT id, parent_id FROM child WHERE parent_id = ANY(?)", "bigint");
        for (int round = 0; round < 3; round++) { // the first round warms up
            StringBuilder line = new StringBuilder(round == 0 ? "warm-up " : "H2, 100,000 parents: ");
            for (int chunk : CHUNKS) {
                long start = System.nanoTime();
                int rows = Jdbc.queryByArrays(db, query, ids, chunk, rs -> rs.getLong(1)).size();
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(PARENTS, rows);
                line.append(chunk).append(" keys/array: ").append(millis).append(" ms; ");
            }
            System.out.println(line);
        }
    }
}
