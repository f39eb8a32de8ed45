package id.portaldesa.shared.site;

import java.util.Optional;

/**
 * How a village presents itself: what a letterhead, a mail footer or a printed notice of another
 * feature shows of it, without importing the feature that keeps it (site). Implemented once, by the
 * site feature.
 */
public interface VillageBranding {

    /** The branding of a village by id; empty for a village this deployment does not have. */
    Optional<Branding> of(long villageId);

    /**
     * The current village's logo as a file to print (a letterhead), its largest variant; empty when
     * the village has none.
     */
    Optional<Logo> currentLogo();

    /** A logo's bytes and their type ({@code image/png} or {@code image/jpeg}). */
    record Logo(byte[] image, String contentType) {}

    /**
     * @param displayName the village's name, e.g. {@code Kungkai}
     * @param logoUrl an absolute address of the village's logo (PNG), null when it has none
     * @param accentColor {@code #rrggbb}
     * @param tagline may be null
     * @param postalAddress may be null
     * @param phone may be null
     * @param email may be null
     */
    record Branding(
            String displayName,
            String logoUrl,
            String accentColor,
            String tagline,
            String postalAddress,
            String phone,
            String email) {}
}
