package composite;

import dev.joinwright.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Composite primary keys through the generated DAOs; the test runs it on each database. */
public final class Smoke implements Function<Database, String> {
    @Override
    public String apply(Database db) {
        HallDao halls = new HallDao(db);
        SeatDao seats = new SeatDao(db);
        HolderDao holders = new HolderDao(db);
        List<String> out = new ArrayList<>();
        halls.insert(HallRecord.builder().code("A").name("Main").build());
        halls.insert(HallRecord.builder().code("B").name("Small").build());
        HolderRecord ann = holders.insert(HolderRecord.builder().name("Ann").build());
        List<SeatRecord> written = seats.insertAll(List.of(
                SeatRecord.builder().hallCode("B").number(1).label("B1").build(),
                SeatRecord.builder().hallCode("A").number(2).label("A2").holderId(ann.id()).build(),
                SeatRecord.builder().hallCode("A").number(1).label("A1").build()));
        out.add("insertAll=" + written.stream().map(SeatRecord::label).toList());
        out.add("findById=" + seats.findById("A", 2).map(SeatRecord::label).orElse("-")
                + "," + seats.findById("A", 3).map(SeatRecord::label).orElse("-"));
        out.add("findAll=" + seats.findAll().stream().map(SeatRecord::label).toList());
        SeatRecord a1 = seats.findById("A", 1).orElseThrow();
        out.add("update=" + seats.update(a1.withLabel("A1*")).label() + "," + seats.findById("A", 1).orElseThrow().label());
        try {
            seats.update(a1.withNumber(9));
            out.add("update of a missing key passed");
        } catch (dev.joinwright.NotFoundException e) {
            out.add("update missing: " + e.getMessage());
        }
        out.add("hall=" + seats.hall(a1).name() + "," + seats.hall("B", 1).map(HallRecord::name).orElse("-"));
        Map<SeatDao.Key, HallRecord> byKey = seats.hall(seats.findAll());
        out.add("hall(*)=" + byKey.keySet() + "->" + byKey.values().stream().map(HallRecord::code).toList());
        Map<SeatDao.Key, Optional<HolderRecord>> holderOf = seats.holder(seats.findAll());
        out.add("holder(*)=" + holderOf.get(new SeatDao.Key("A", 2)).map(HolderRecord::name).orElse("-")
                + "," + holderOf.get(new SeatDao.Key("A", 1)).map(HolderRecord::name).orElse("-"));
        out.add("seats=" + halls.seats(halls.findById("A").orElseThrow()).stream().map(SeatRecord::label).toList());
        out.add("seats(*)=" + halls.seats(halls.findAll()).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().map(SeatRecord::number).toList()).toList());
        out.add("eager=" + seats.findAll(SeatDao.Fetch.HALL, SeatDao.Fetch.HOLDER).stream()
                .map(s -> s.label() + "@" + s.hall().name() + s.holder().map(h -> "/" + h.name()).orElse("")).toList());
        out.add("eagerById=" + seats.findById("A", 2, SeatDao.Fetch.HOLDER).map(s -> s.holder().orElseThrow().name())
                .orElse("-"));
        out.add("halls eager=" + halls.findAll(HallDao.Fetch.SEATS).stream()
                .map(h -> h.code() + h.seats().stream().map(Seat::number).toList()).toList());
        out.add("setHolder=" + seats.setHolder(a1, ann).holderId());
        BookingDao bookings = new BookingDao(db);
        bookings.insert(BookingRecord.builder().customer("Cy").seatHall("A").seatNumber(2).build());
        bookings.insert(BookingRecord.builder().customer("Di").seatHall("A").seatNumber(2).build());
        BookingRecord eve = bookings.insert(BookingRecord.builder().customer("Eve").seatHall("B").seatNumber(1).build());
        try {
            bookings.insert(BookingRecord.builder().customer("Nobody").seatHall("B").seatNumber(2).build());
            out.add("dangling composite fk accepted");
        } catch (dev.joinwright.ForeignKeyViolationException e) {
            out.add("dangling composite fk rejected");
        }
        out.add("seat=" + bookings.seat(eve).label() + "," + bookings.seat(eve.id()).map(SeatRecord::label).orElse("-"));
        out.add("seat(*)=" + bookings.seat(bookings.findAll()).entrySet().stream()
                .map(e -> e.getKey() + ">" + e.getValue().label()).toList());
        out.add("bookings=" + seats.bookings(seats.findById("A", 2).orElseThrow()).stream().map(BookingRecord::customer).toList()
                + "," + seats.bookings("B", 1).stream().map(BookingRecord::customer).toList());
        out.add("bookings(*)=" + seats.bookings(seats.findAll()).entrySet().stream()
                .map(e -> e.getKey().hallCode() + e.getKey().number() + ":" + e.getValue().stream()
                        .map(BookingRecord::customer).toList()).toList());
        out.add("eager bookings=" + seats.findAll(SeatDao.Fetch.BOOKINGS).stream()
                .map(s -> s.label() + s.bookings().stream().map(Booking::customer).toList()).toList());
        out.add("eager seat=" + bookings.findAll(BookingDao.Fetch.SEAT).stream()
                .map(b -> b.customer() + "@" + b.seat().label()).toList());
        TicketDao tickets = new TicketDao(db);
        TicketRecord seated = tickets.insert(TicketRecord.builder().hall("B").seat(1).build());
        TicketRecord unseated = tickets.insert(TicketRecord.builder().hall("B").build());
        out.add("place=" + tickets.place(seated).map(SeatRecord::label).orElse("-") + ","
                + tickets.place(unseated).map(SeatRecord::label).orElse("-"));
        out.add("place(*)=" + tickets.place(tickets.findAll()).values().stream()
                .map(p -> p.map(SeatRecord::label).orElse("-")).toList());
        out.add("eager place=" + tickets.findAll(TicketDao.Fetch.PLACE).stream()
                .map(t -> t.place().map(Seat::label).orElse("-")).toList());
        out.add("delete=" + seats.deleteById("A", 2) + "," + seats.deleteById("A", 2) + "," + seats.count());
        return String.join("\n", out);
    }
}
