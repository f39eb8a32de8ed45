package id.portaldesa.village;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Indonesia's three time zones. A village keeps the one of its province (the first two digits of its
 * official code) unless the platform set another for it, e.g. for a village on a zone border.
 */
public enum VillageTimeZone {
    /** Waktu Indonesia Barat, UTC+7. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9. */
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    VillageTimeZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The zone of a province by its two-digit code (of the official list in {@code wilayah/}); empty
     * for a code that list does not have.
     */
    public static Optional<VillageTimeZone> ofProvince(String provinceCode) {
        if (provinceCode == null || !provinceCode.matches("\\d{2}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(provinceCode);
        // Sumatra and its islands (11–19, 21), Java and Banten (31–36), West and Central Kalimantan.
        if (code >= 11 && code <= 19 || code == 21 || code >= 31 && code <= 36 || code == 61 || code == 62) {
            return Optional.of(WIB);
        }
        // Bali and Nusa Tenggara (51–53), South, East and North Kalimantan, all of Sulawesi (71–76).
        if (code >= 51 && code <= 53 || code >= 63 && code <= 65 || code >= 71 && code <= 76) {
            return Optional.of(WITA);
        }
        // Maluku, North Maluku and every Papua province (91–96).
        if (code == 81 || code == 82 || code >= 91 && code <= 96) {
            return Optional.of(WIT);
        }
        return Optional.empty();
    }

    /** The zone of the province of a region code such as {@code 15.02.02.2004}; WIB if unknown. */
    public static VillageTimeZone ofRegion(String regionCode) {
        return ofProvince(regionCode == null || regionCode.length() < 2 ? null : regionCode.substring(0, 2))
                .orElse(WIB);
    }
}
