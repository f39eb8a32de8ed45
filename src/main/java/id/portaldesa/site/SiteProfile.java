package id.portaldesa.site;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a village admin may change about how the village presents itself. */
public record SiteProfile(
        @Size(max = 200) String tagline,
        @Size(max = 300) String address,

        @Pattern(regexp = "[0-9+() -]{0,30}", message = "{village.profile.phone.invalid}")
        String phone,

        @Email @Size(max = 190) String email,

        @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{village.profile.accent.invalid}")
        String accentColor) {}
