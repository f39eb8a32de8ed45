package id.portaldesa.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor gives to register as a resident of the current village. */
public record Registration(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 190) String email,

        @NotBlank @Size(min = 10, max = 200, message = "{account.password.size}")
        String password,

        @NotBlank @Pattern(regexp = "\\d{16}", message = "{account.nik.format}")
        String nik,

        @NotBlank @Pattern(regexp = "\\d{16}", message = "{account.kk.format}")
        String familyCardNumber) {

    @Override
    public String toString() {
        // Never let a password or an identity number reach a log line.
        return "Registration[" + email + "]";
    }
}
