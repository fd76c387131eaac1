package keys;

import dev.joinwright.Database;
import dev.joinwright.ForeignKeyViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Keys matched as the database compares them (issue 8, point 6): MySQL/MariaDB compare VARCHAR with
 * PAD SPACE, so the FK accepts 'X ' for 'X' there, and batched navigation and eager loads must map
 * that child to its parent; a case difference is rejected by the utf8mb4_bin collation everywhere.
 * (One-letter codes: the padded value fits the column, which PostgreSQL would otherwise trim.)
 */
public final class PadSpace implements Function<Database, String> {
    @Override
    public String apply(Database db) {
        CountryDao countries = new CountryDao(db);
        CityDao cities = new CityDao(db);
        List<String> out = new ArrayList<>();
        CountryRecord x = countries.insert(CountryRecord.builder().code("X").name("Xland").build());
        CountryRecord y = countries.insert(CountryRecord.builder().code("Y").name("Yland").build());
        cities.insert(CityRecord.builder().name("Plain").countryCode("X").area(1f).build());
        try {
            cities.insert(CityRecord.builder().name("Padded").countryCode("X ").area(2f).build());
            out.add("padded fk accepted");
        } catch (ForeignKeyViolationException e) {
            out.add("padded fk rejected");
        }
        try {
            cities.insert(CityRecord.builder().name("Lower").countryCode("x").area(3f).build());
            out.add("lowercase fk accepted");
        } catch (ForeignKeyViolationException e) {
            out.add("lowercase fk rejected");
        }
        List<CityRecord> all = cities.findAll();
        out.add("country(*)=" + render(cities.country(all), all));
        out.add("cities(*)=" + sorted(countries.cities(List.of(x, y)), CityRecord::name));
        CountryRecord paddedParent = CountryRecord.builder().code("X ").name("Xland").build();
        out.add("cities(padded parent)=" + sorted(countries.cities(List.of(paddedParent)), CityRecord::name));
        out.add("load(COUNTRY)=" + cities.load(all, CityDao.Fetch.COUNTRY).stream()
                .map(c -> c.name() + ">" + c.country().code().trim()).sorted().toList());
        out.add("findAll(CITIES)=" + countries.findAll(CountryDao.Fetch.CITIES).stream()
                .map(c -> c.code() + ":" + c.cities().stream().map(City::name).sorted().toList()).toList());
        return String.join("\n", out);
    }

    /** City name to its country's name; "null" where a NOT NULL FK mapped to nothing. */
    private static String render(Map<Long, CountryRecord> byCity, List<CityRecord> all) {
        Map<String, String> sorted = new TreeMap<>();
        for (CityRecord city : all) {
            CountryRecord country = byCity.get(city.id());
            sorted.put(city.name(), country == null ? "null" : country.name());
        }
        return sorted.toString();
    }

    private static <T> String sorted(Map<String, List<T>> byKey, Function<T, String> name) {
        Map<String, List<String>> sorted = new TreeMap<>();
        byKey.forEach((k, v) -> sorted.put("'" + k + "'", v.stream().map(name).sorted().toList()));
        return sorted.toString();
    }
}
