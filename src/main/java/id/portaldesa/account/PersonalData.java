package id.portaldesa.account;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A resident's own data as later forms (letters above all) use it, edited by the resident. Every
 * field may still be empty: a resident fills it in when a service first needs it.
 *
 * @param hamlet the dusun (or lingkungan) within the village
 * @param rt rukun tetangga, 1 to 3 digits
 * @param rw rukun warga, 1 to 3 digits
 */
public record PersonalData(
        @Size(max = 300) String address,
        @Size(max = 80) String hamlet,
        @Pattern(regexp = "\\d{1,3}") String rt,
        @Pattern(regexp = "\\d{1,3}") String rw,
        @Size(max = 120) String birthPlace,
        @Past LocalDate birthDate,
        Sex sex,
        Religion religion,
        MaritalStatus maritalStatus,
        @Size(max = 120) String occupation) {

    public static final PersonalData EMPTY =
            new PersonalData(null, null, null, null, null, null, null, null, null, null);

    /** Blank texts become null, the rest trimmed, so "no value" is stored one way. */
    public PersonalData normalised() {
        return new PersonalData(
                clean(address),
                clean(hamlet),
                clean(rt),
                clean(rw),
                clean(birthPlace),
                birthDate,
                sex,
                religion,
                maritalStatus,
                clean(occupation));
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
