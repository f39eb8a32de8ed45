package id.portaldesa.site.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Links that open a village's location in the visitor's map app, with no map on the page itself (no
 * tile server, no outside script): a {@code geo:} URI (Android and most phone map apps) and an https
 * address on OpenStreetMap for everything else.
 */
public record MapLinks(String geo, String web, String coordinates) {

    /** Six decimals: about 10 cm, more than any village office needs. */
    private static final int SCALE = 6;

    /** The links for a place, or null when its coordinates are unknown or impossible. */
    public static MapLinks of(BigDecimal latitude, BigDecimal longitude) {
        if (!valid(latitude, longitude)) {
            return null;
        }
        String lat = plain(latitude);
        String lng = plain(longitude);
        return new MapLinks(
                "geo:" + lat + "," + lng,
                "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lng + "#map=15/" + lat + "/" + lng,
                lat + ", " + lng);
    }

    public static boolean valid(BigDecimal latitude, BigDecimal longitude) {
        return latitude != null
                && longitude != null
                && latitude.abs().compareTo(BigDecimal.valueOf(90)) <= 0
                && longitude.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
    }

    private static String plain(BigDecimal value) {
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString();
    }
}
