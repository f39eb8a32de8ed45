package id.portaldesa.account.web;

import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.validation.AccountPassword;
import id.portaldesa.account.validation.FamilyCardNumber;
import id.portaldesa.account.validation.Nik;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A visitor registers as a resident of the village whose site they are on. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    RegistrationService registrations;

    @Inject
    CurrentLanguage language;

    @Inject
    RateLimiter rateLimiter;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Email
    @Size(max = 190)
    private String email;

    @NotBlank
    @AccountPassword
    private String password;

    @NotBlank
    @Nik
    private String nik;

    @NotBlank
    @FamilyCardNumber
    private String familyCardNumber;

    private boolean done;

    public void register() {
        try {
            // Counted before the checks: trying NIKs one after another is what the limit is for.
            rateLimiter.attemptByVisitor(Limit.REGISTRATION);
            registrations.register(
                    new Registration(name, email, password, nik, familyCardNumber), language.getLocale());
            done = true;
            FacesMessages.info("account.register.received", email);
        } finally {
            // A refusal is shown by PortalExceptionHandlerFactory; the password is never kept either way.
            password = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik == null ? null : nik.replaceAll("\\s", "");
    }

    public String getFamilyCardNumber() {
        return familyCardNumber;
    }

    public void setFamilyCardNumber(String familyCardNumber) {
        this.familyCardNumber = familyCardNumber == null ? null : familyCardNumber.replaceAll("\\s", "");
    }
}
