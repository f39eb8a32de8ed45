package id.portaldesa.catalogue;

import id.portaldesa.account.PhoneNumbers;
import id.portaldesa.media.MediaRef;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A published destination as the public sees it. Immutable, kept in memory per village. */
public record PublicDestination(
        long id,
        String slug,
        String name,
        String description,
        List<String> facilities,
        String openingHours,
        Long ticketPrice,
        String ticketNote,
        String address,
        Double latitude,
        Double longitude,
        String contactPhone,
        List<MediaRef> photos,
        boolean featured,
        Instant publishedAt,
        Instant updatedAt,
        String searchText)
        implements Serializable {

    public PublicDestination {
        facilities = List.copyOf(facilities);
        photos = List.copyOf(photos);
    }

    public MediaRef cover() {
        return photos.isEmpty() ? null : photos.get(0);
    }

    public List<String> paragraphs() {
        return Texts.paragraphs(description);
    }

    /** {@code Rp10.000}; null when no price is said (the page says "free" for 0). */
    public String ticketText() {
        return ticketPrice == null ? null : Rupiah.format(ticketPrice);
    }

    public boolean hasLocation() {
        return MapLinks.isValid(latitude, longitude);
    }

    public String geoLink() {
        return hasLocation() ? MapLinks.geo(latitude, longitude) : null;
    }

    public String mapLink() {
        return hasLocation() ? MapLinks.web(latitude, longitude) : null;
    }

    /** {@code 0812-3456-7890} as people read it. */
    public String phoneText() {
        return PhoneNumbers.display(contactPhone);
    }

    /** {@code tel:+6281234567890}. */
    public String phoneLink() {
        return contactPhone == null ? null : "tel:" + contactPhone;
    }
}
