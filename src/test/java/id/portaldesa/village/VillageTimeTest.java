package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VillageTimeTest {

    static VillageTime at(VillageTimeZone zone, String instant) {
        return new VillageTime(zone, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void provinces_keep_their_zone() {
        assertEquals(VillageTimeZone.WIB, VillageTimeZone.ofRegion("15.02.02.2004"), "Jambi");
        assertEquals(VillageTimeZone.WIB, VillageTimeZone.ofRegion("31.71"), "Jakarta");
        assertEquals(VillageTimeZone.WIB, VillageTimeZone.ofRegion("62"), "Central Kalimantan");
        assertEquals(VillageTimeZone.WITA, VillageTimeZone.ofRegion("51.03"), "Bali");
        assertEquals(VillageTimeZone.WITA, VillageTimeZone.ofRegion("63"), "South Kalimantan");
        assertEquals(VillageTimeZone.WITA, VillageTimeZone.ofRegion("65"), "North Kalimantan");
        assertEquals(VillageTimeZone.WITA, VillageTimeZone.ofRegion("76"), "West Sulawesi");
        assertEquals(VillageTimeZone.WIT, VillageTimeZone.ofRegion("81"), "Maluku");
        assertEquals(VillageTimeZone.WIT, VillageTimeZone.ofRegion("82"), "North Maluku");
        assertEquals(VillageTimeZone.WIT, VillageTimeZone.ofRegion("96.01"), "Papua Barat Daya");
        assertEquals(Optional.empty(), VillageTimeZone.ofProvince("99"));
    }

    /** Every province of the official list has a zone, and the list's groups fall where they should. */
    @Test
    void every_province_of_the_official_list_has_a_zone() throws IOException {
        Map<String, String> provinces = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/wilayah/wilayah.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split(",", 2);
                if (cells[0].matches("\\d{2}")) {
                    provinces.put(cells[0], cells[1].trim());
                }
            }
        }
        assertEquals(38, provinces.size(), provinces.toString());
        provinces.forEach((code, name) -> {
            VillageTimeZone zone = VillageTimeZone.ofProvince(code)
                    .orElseThrow(() -> new AssertionError("No zone for " + code + " " + name));
            if (name.startsWith("Papua") || name.startsWith("Maluku")) {
                assertEquals(VillageTimeZone.WIT, zone, name);
            } else if (name.startsWith("Sulawesi") || name.startsWith("Nusa Tenggara") || name.equals("Bali")) {
                assertEquals(VillageTimeZone.WITA, zone, name);
            } else if (name.startsWith("Jawa") || name.startsWith("Sumatera")) {
                assertEquals(VillageTimeZone.WIB, zone, name);
            }
        });
    }

    @Test
    void late_evening_utc_is_already_tomorrow_in_the_east() {
        String instant = "2026-03-31T23:30:00Z";
        assertEquals(LocalDate.of(2026, 4, 1), at(VillageTimeZone.WIB, instant).today(), "06:30 WIB");
        assertEquals(LocalDate.of(2026, 4, 1), at(VillageTimeZone.WITA, instant).today(), "07:30 WITA");
        assertEquals(LocalDate.of(2026, 4, 1), at(VillageTimeZone.WIT, instant).today(), "08:30 WIT");

        // 15:30 UTC: 22:30 WIB and 23:30 WITA are still the 31st, 00:30 WIT is already April.
        String lateAfternoon = "2026-03-31T15:30:00Z";
        assertEquals(
                YearMonth.of(2026, 3), at(VillageTimeZone.WIB, lateAfternoon).thisMonth());
        assertEquals(
                YearMonth.of(2026, 3), at(VillageTimeZone.WITA, lateAfternoon).thisMonth());
        assertEquals(
                YearMonth.of(2026, 4), at(VillageTimeZone.WIT, lateAfternoon).thisMonth());
    }

    @Test
    void a_month_starts_and_ends_at_midnight_of_the_village() {
        VillageTime wib = at(VillageTimeZone.WIB, "2026-02-10T03:00:00Z");
        assertEquals(Instant.parse("2026-01-31T17:00:00Z"), wib.startOfThisMonth());
        assertEquals(Instant.parse("2026-02-28T17:00:00Z"), wib.endOfThisMonth());

        VillageTime wita = at(VillageTimeZone.WITA, "2026-02-10T03:00:00Z");
        assertEquals(Instant.parse("2026-01-31T16:00:00Z"), wita.startOfThisMonth());

        VillageTime wit = at(VillageTimeZone.WIT, "2026-12-31T14:59:59Z");
        assertEquals(YearMonth.of(2026, 12), wit.thisMonth(), "23:59:59 WIT on New Year's Eve");
        assertEquals(Instant.parse("2026-12-31T15:00:00Z"), wit.endOfThisMonth());
        assertEquals(Instant.parse("2027-01-01T15:00:00Z"), wit.endOf(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 1, 1), wit.dateOf(Instant.parse("2026-12-31T15:00:00Z")));
    }

    @Test
    void a_village_may_live_in_another_zone_than_its_province() {
        Village village = new Village(
                "15.02.02.2004", "Kungkai", "Bangko", "Kabupaten Merangin", "Jambi", "kungkai", Instant.EPOCH);
        assertEquals(VillageTimeZone.WIB, village.getTimeZone());
        village.setTimeZoneOverride(VillageTimeZone.WIT);
        assertEquals(VillageTimeZone.WIT, village.getTimeZone());
        village.setTimeZoneOverride(null);
        assertEquals(VillageTimeZone.WIB, village.getTimeZone(), "back to the province's");
    }
}
