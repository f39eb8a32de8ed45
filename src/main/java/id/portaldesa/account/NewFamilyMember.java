package id.portaldesa.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person on the resident's KK, as the resident enters them; the NIK is checked like at registration. */
public record NewFamilyMember(
        @NotBlank @Size(max = 120) String name,
        @NotBlank String nik,
        @NotNull FamilyRelation relation,
        @Past LocalDate birthDate) {}
