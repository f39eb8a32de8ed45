package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VillageSearchIndexTest {

    private static final String[] PARTS = {"Sungai", "Gelam", "Pulau", "Tanjung", "Batu", "Rantau", "Muara", "Koto"};

    private static List<VillageRef> villages(int count) {
        Random random = new Random(7);
        List<VillageRef> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = PARTS[random.nextInt(PARTS.length)] + " " + PARTS[random.nextInt(PARTS.length)] + " " + i;
            String district = PARTS[random.nextInt(PARTS.length)] + (i % 7);
            String code = String.format("%02d.%02d.%02d.%04d", 11 + i % 80, i % 30, i % 20, i);
            list.add(new VillageRef(
                    i,
                    code,
                    "desa-" + i,
                    name,
                    district,
                    "Kab",
                    "Prov",
                    VillageTimeZone.WIB,
                    VillageStatus.ACTIVE,
                    null));
        }
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return list;
    }

    /** What the directory promised before the index: a scan in list order. */
    private static List<VillageRef> scan(List<VillageRef> all, String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(v -> v.name().toLowerCase(Locale.ROOT).contains(q)
                        || v.code().startsWith(q)
                        || v.districtName().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .toList();
    }

    @Test
    void findsWhatAScanFindsInTheSameOrder() {
        List<VillageRef> all = villages(5000);
        VillageSearchIndex index = new VillageSearchIndex(all);
        for (String q : List.of(
                "s",
                "ge",
                "gel",
                "GELAM",
                "sungai gelam",
                "ai g",
                "lam 12",
                "batu3",
                "koto6",
                "12.",
                "11.00",
                "15.05.05",
                "0123",
                "zzz",
                "au",
                "ung",
                "tanjung batu 4999",
                "1 2",
                " 77")) {
            for (int limit : new int[] {1, 3, 201, 10_000}) {
                assertEquals(scan(all, q, limit), index.search(q, limit), q + " limit " + limit);
            }
        }
    }

    @Test
    void aCodeMatchesOnlyFromItsStart() {
        List<VillageRef> all = villages(200);
        VillageSearchIndex index = new VillageSearchIndex(all);
        // "02.03" is inside many codes but begins none of them.
        assertTrue(index.search("02.03", 500).stream()
                .noneMatch(v -> !v.code().startsWith("02.03") && !v.name().contains("02.03")));
        assertEquals(scan(all, "02.03", 500), index.search("02.03", 500));
    }

    @Test
    void anEmptyQueryListsTheFirstVillages() {
        List<VillageRef> all = villages(50);
        VillageSearchIndex index = new VillageSearchIndex(all);
        assertEquals(all.subList(0, 10), index.search("", 10));
        assertEquals(all, index.search("", 100));
    }
}
