package id.portaldesa.site;

import id.portaldesa.shared.validation.HexColor;
import id.portaldesa.shared.validation.PhoneNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a village admin may change about how the village presents itself. */
public record SiteProfile(
        @Size(max = 200) String tagline,
        @Size(max = 300) String address,

        @PhoneNumber @Size(max = 30) String phone,

        @Email @Size(max = 190) String email,

        @NotNull @HexColor String accentColor) {}
