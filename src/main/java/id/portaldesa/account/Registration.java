package id.portaldesa.account;

import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.account.validation.FamilyCardNumber;
import id.portaldesa.account.validation.Nik;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a visitor gives to register as a resident of the current village. */
public record Registration(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 190) String email,

        @NotBlank @AccountPassword String password,

        @NotBlank @Nik String nik,

        @NotBlank @FamilyCardNumber String familyCardNumber) {

    @Override
    public String toString() {
        // Never let a password or an identity number reach a log line.
        return "Registration[" + email + "]";
    }
}
