package id.portaldesa.village;

import id.portaldesa.shared.validation.HexColor;
import id.portaldesa.shared.validation.PhoneNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a village admin may change about the village's public identity. */
public record VillageProfile(
        @Size(max = 200) String tagline,
        @Size(max = 300) String address,

        @PhoneNumber @Size(max = 30) String phone,

        @Email @Size(max = 190) String email,

        @NotNull @HexColor String accentColor) {

    public static VillageProfile of(VillageRef v) {
        return new VillageProfile(v.tagline(), v.address(), v.phone(), v.email(), v.accentColor());
    }
}
