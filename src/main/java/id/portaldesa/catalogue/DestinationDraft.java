package id.portaldesa.catalogue;

import id.portaldesa.shared.validation.PhoneNumber;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What the village admin writes about a destination. Texts are plain, escaped on every output. */
public record DestinationDraft(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 8000) String description,
        @Size(max = 1000) String facilities,
        @Size(max = 300) String openingHours,
        @PositiveOrZero @Max(Rupiah.MAX) Long ticketPrice,
        @Size(max = 200) String ticketNote,
        @Size(max = 300) String address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @PhoneNumber @Size(max = 30) String contactPhone,
        boolean featured) {

    public DestinationDraft {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        description = description == null ? null : description.strip().replace("\r\n", "\n");
        facilities = facilities == null ? null : facilities.strip().replace("\r\n", "\n");
    }
}
