package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
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
 * In pages: {@code #{residentStatus.confirmedResident}}. Memberships are read per request, so a
 * withdrawal takes effect on the next click.
 */
@Named("residentStatus")
@RequestScoped
public class ResidentStatus {

    @Inject
    CurrentUser user;

    @Inject
    ResidentRepository residents;

    /** Asked afresh each time (one indexed query), so a withdrawal or confirmation counts at once. */
    public boolean isConfirmedResident() {
        return user.isResident()
                && user.accountId()
                        .flatMap(residents::ofAccount)
                        .map(Resident::isConfirmed)
                        .orElse(false);
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
