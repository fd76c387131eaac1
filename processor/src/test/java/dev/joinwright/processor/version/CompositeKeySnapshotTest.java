package dev.joinwright.processor.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.joinwright.processor.model.ColumnType;
import dev.joinwright.processor.model.ReferentialAction;
import dev.joinwright.processor.sql.DdlColumn;
import dev.joinwright.processor.sql.DdlForeignKey;
import dev.joinwright.processor.sql.DdlIndex;
import dev.joinwright.processor.sql.DdlTable;
import dev.joinwright.processor.sql.SchemaDdl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A composite primary key and a composite FK survive a schema snapshot as the DDL plan holds them:
 * one constraint with its column lists in key order, so that a migration compares them whole.
 */
class CompositeKeySnapshotTest {
    private static DdlColumn column(String name, ColumnType type) {
        return new DdlColumn(name, type, type == ColumnType.STRING ? 8 : 255, 19, 2, true, false, Optional.empty());
    }

    @Test
    void compositeKeysAndForeignKeysRoundTrip() throws Exception {
        DdlTable seat = new DdlTable("seat", List.of(column("hall_code", ColumnType.STRING), column("number", ColumnType.INT)),
                "pk_seat", List.of("hall_code", "number"), List.of(), List.of(), List.of(), List.of());
        DdlForeignKey toSeat = new DdlForeignKey("fk_booking_seat_hall_seat_number", "booking",
                List.of("seat_hall", "seat_number"), "seat", List.of("hall_code", "number"), ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, false);
        DdlTable booking = new DdlTable("booking", List.of(column("id", ColumnType.LONG),
                column("seat_number", ColumnType.INT), column("seat_hall", ColumnType.STRING)), "pk_booking", List.of("id"),
                List.of(), List.of(toSeat),
                List.of(new DdlIndex("ix_booking_seat_hall_seat_number", "booking", List.of("seat_hall", "seat_number"))),
                List.of());
        Snapshot snapshot = new Snapshot(1, new SchemaDdl(List.of(seat, booking)), Map.of(), Map.of(), List.of());
        String json = SnapshotJson.write("composite.CompositeSchema", snapshot);
        Snapshot read = SnapshotJson.read(json, 1);
        assertEquals(snapshot.ddl(), read.ddl());
        assertEquals(json, SnapshotJson.write("composite.CompositeSchema", read));
    }
}
