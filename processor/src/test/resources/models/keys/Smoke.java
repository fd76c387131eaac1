package keys;

import dev.joinwright.Database;
import dev.joinwright.ForeignKeyViolationException;
import dev.joinwright.NotLoadedException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The DDL-side points of issue 8, through the generated DAOs; the test runs it on each database. */
public final class Smoke implements Function<Database, String> {
    @Override
    public String apply(Database db) {
        CountryDao countries = new CountryDao(db);
        CityDao cities = new CityDao(db);
        WidgetDao widgets = new WidgetDao(db);
        List<String> out = new ArrayList<>();
        countries.insert(CountryRecord.builder().code("US").name("United States").build());
        countries.insert(CountryRecord.builder().code("FR").name("France").build());
        CityRecord boston = cities.insert(CityRecord.builder().name("Boston").countryCode("US").area(3.1415927f).build());
        try {
            cities.insert(CityRecord.builder().name("Nowhere").countryCode("us").area(1f).build());
            out.add("lowercase fk accepted");
        } catch (ForeignKeyViolationException e) {
            out.add("lowercase fk rejected");
        }
        out.add("area=" + (cities.findById(boston.id()).orElseThrow().area() == 3.1415927f));
        out.add("country=" + cities.country(boston).name());
        CityRecord loaded = cities.findAll(CityDao.Fetch.COUNTRY).get(0);
        CityRecord moved = loaded.withCountryCode("FR");
        try {
            moved.country();
            out.add("stale country kept");
        } catch (NotLoadedException e) {
            out.add("stale country dropped");
        }
        out.add("set=" + cities.setCountry(boston, countries.findById("FR").orElseThrow()).country().name());
        try {
            CityRecord.builder().countryCode("US").build();
            out.add("built without a name");
        } catch (NullPointerException e) {
            out.add(e.getMessage());
        }
        List<CountryRecord> more = countries.insertAll(List.of(CountryRecord.builder().code("NZ").name("New Zealand").build(),
                CountryRecord.builder().code("AT").name("Austria").build())); // assigned keys: written in key order
        out.add("insertAll=" + more.get(0).code() + "," + more.get(1).code() + "," + countries.count());
        WidgetRecord widget = widgets.insert(WidgetRecord.builder().displayName("gear").shape(Widget.Shape.ROUND).build());
        out.add("widget=" + widgets.findById(widget.id()).map(w -> w.displayName() + "," + w.shape() + "," + w.spare())
                .orElse("-") + "," + widgets.count());
        return String.join("\n", out);
    }
}
