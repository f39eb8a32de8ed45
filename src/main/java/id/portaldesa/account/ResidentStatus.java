package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the person making this request is a confirmed resident of the current village: an
 * operator checked their KTP/KK (scan or at the counter), their NIK is theirs and their access is not
 * withdrawn. Which actions need it is written in this package's documentation; a feature asks at the
 * entry of such an action:
 *
 * <pre>{@code
 * @Inject ResidentStatus residents;
 * public void submit(...) { residents.requireConfirmed(); ... }
 * }</pre>
 *
 * In pages: {@code #{residentStatus.confirmedResident}}. Read once per request, so a withdrawal
 * takes effect on the next click.
 */
@Named("residentStatus")
@RequestScoped
public class ResidentStatus {

    @Inject
    CurrentUser user;

    @Inject
    ResidentRepository residents;

    @Inject
    CurrentVillage village;

    private Boolean confirmed;
    private String askedFor;

    public boolean isConfirmedResident() {
        // Keyed by who and where, for work that changes either within one request (tests).
        String who = user.accountId().orElse(null) + "@" + (village.isPresent() ? village.id() : null);
        if (confirmed == null || !who.equals(askedFor)) {
            askedFor = who;
            confirmed = user.isResident()
                    && user.accountId()
                            .flatMap(residents::ofAccount)
                            .map(Resident::isConfirmed)
                            .orElse(false);
        }
        return confirmed;
    }

    /**
     * @throws BusinessException {@code resident.confirmation.required} (telling the person how to get
     *     confirmed) when this request is not by a confirmed resident
     */
    public void requireConfirmed() {
        if (!isConfirmedResident()) {
            throw new BusinessException("resident.confirmation.required");
        }
    }
}
