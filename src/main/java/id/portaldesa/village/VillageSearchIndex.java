package id.portaldesa.village;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory search over every active village: name or district containing the query, or code
 * starting with it, in the order of the given list (by name). A linear scan of 83,762 villages cost
 * tens of milliseconds per query that matches few of them (most real ones); here every three-letter
 * piece of a name, district and code points to the villages holding it, so a query of three letters
 * or more checks only the villages listed under its rarest piece, and stops at the limit. Shorter
 * queries match so many villages that a scan reaches the limit at once.
 *
 * <p>Immutable once built, so one index serves all requests of a directory snapshot.
 */
final class VillageSearchIndex {

    private static final int[] NONE = new int[0];

    private final List<VillageRef> villages;

    /**
     * Built at the first search, not with the directory's reading: the first page after a restart
     * waits for that reading, and almost never is a search (~1 s of a cold start's CPU at 83,762).
     */
    private volatile Built built;

    VillageSearchIndex(List<VillageRef> villages) {
        this.villages = List.copyOf(villages);
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    b = Built.of(villages);
                    built = b;
                }
            }
        }
        return b;
    }

    List<VillageRef> villages() {
        return villages;
    }

    /** At most {@code limit} villages matching the (already trimmed) query, in list order. */
    List<VillageRef> search(String query, int limit) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return villages.subList(0, Math.min(limit, villages.size()));
        }
        List<VillageRef> found = new ArrayList<>(Math.min(limit, 64));
        Built index = built();
        if (q.length() < 3) {
            for (int i = 0; i < villages.size() && found.size() < limit; i++) {
                if (index.matches(i, q)) {
                    found.add(villages.get(i));
                }
            }
            return found;
        }
        int[] candidates = null;
        for (int at = 0; at + 3 <= q.length(); at++) {
            int[] p = index.byTrigram().getOrDefault(key(q, at), NONE);
            if (candidates == null || p.length < candidates.length) {
                candidates = p;
            }
        }
        for (int i = 0; i < candidates.length && found.size() < limit; i++) {
            if (index.matches(candidates[i], q)) {
                found.add(villages.get(candidates[i]));
            }
        }
        return found;
    }

    private static void add(Map<Long, Postings> building, String text, int village) {
        for (int at = 0; at + 3 <= text.length(); at++) {
            building.computeIfAbsent(key(text, at), k -> new Postings()).add(village);
        }
    }

    private static long key(String s, int at) {
        return ((long) s.charAt(at) << 32) | ((long) s.charAt(at + 1) << 16) | s.charAt(at + 2);
    }

    /** The lower-cased names and districts, and the villages under each three-letter piece. */
    private record Built(List<VillageRef> villages, String[] names, String[] districts, Map<Long, int[]> byTrigram) {

        static Built of(List<VillageRef> villages) {
            int n = villages.size();
            String[] names = new String[n];
            String[] districts = new String[n];
            Map<Long, Postings> building = new HashMap<>();
            for (int i = 0; i < n; i++) {
                VillageRef v = villages.get(i);
                names[i] = v.name().toLowerCase(Locale.ROOT);
                districts[i] = v.districtName() == null ? "" : v.districtName().toLowerCase(Locale.ROOT);
                VillageSearchIndex.add(building, names[i], i);
                VillageSearchIndex.add(building, districts[i], i);
                VillageSearchIndex.add(building, v.code(), i);
            }
            Map<Long, int[]> byTrigram = new HashMap<>(building.size() * 2);
            building.forEach((k, p) -> byTrigram.put(k, p.toArray()));
            return new Built(villages, names, districts, byTrigram);
        }

        boolean matches(int i, String q) {
            return names[i].contains(q) || villages.get(i).code().startsWith(q) || districts[i].contains(q);
        }
    }

    /** Ascending village positions, each once (villages are added in order). */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int village) {
            if (size > 0 && items[size - 1] == village) {
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = village;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
