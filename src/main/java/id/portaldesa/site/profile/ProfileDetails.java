package id.portaldesa.site.profile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the village admin writes on the profile page: the home page's welcome, history, vision and
 * mission, location, figures and office hours. Plain text (escaped on output); blank means none.
 */
public record ProfileDetails(
        @Size(max = 600) String welcome,
        @Size(max = 20_000) String history,
        @Size(max = 4_000) String vision,
        @Size(max = 8_000) String mission,

        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6)
        BigDecimal latitude,

        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        BigDecimal longitude,

        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal areaKm2,
        @PositiveOrZero @Max(10_000_000) Integer population,
        @PositiveOrZero @Max(10_000_000) Integer households,
        @PositiveOrZero @Max(10_000) Integer hamlets,
        @Size(max = 300) String officeHours)
        implements Serializable {

    public static final ProfileDetails EMPTY =
            new ProfileDetails(null, null, null, null, null, null, null, null, null, null, null);
}
