package id.portaldesa.catalogue;

import java.util.Locale;

/**
 * Links that open a place in the visitor's own map app, with no map drawn by the portal (no tile
 * server, no outside script): {@code geo:} for Android's map apps, and an https link to
 * OpenStreetMap that every browser and phone can open.
 */
public final class MapLinks {

    private MapLinks() {}

    public static boolean isValid(Double latitude, Double longitude) {
        return latitude != null
                && longitude != null
                && latitude >= -90
                && latitude <= 90
                && longitude >= -180
                && longitude <= 180;
    }

    /** {@code geo:-2.083100,102.278400?q=-2.083100,102.278400} (RFC 5870, with Android's query). */
    public static String geo(double latitude, double longitude) {
        String at = coordinate(latitude) + "," + coordinate(longitude);
        return "geo:" + at + "?q=" + at;
    }

    /** {@code https://www.openstreetmap.org/?mlat=…&mlon=…#map=16/…/…}: a marker at the place. */
    public static String web(double latitude, double longitude) {
        String lat = coordinate(latitude);
        String lon = coordinate(longitude);
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=16/" + lat + "/" + lon;
    }

    /** Six decimals (about 10 cm), a dot whatever the server's language. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
