package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The audit log of staff actions, per village: services record what staff did, the village's admin
 * (whoever holds {@link Permission#READ_AUDIT_LOG}) reads it. An entry is written in the transaction
 * of the action it records, so an action that fails leaves no entry.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** Action keys: lower-case words separated by dots, e.g. {@code staff.invited}. */
    public static final String ACTION_PATTERN = "[a-z]+(\\.[a-z]+)*";

    static final int SUBJECT_MAX = 200;
    static final int DETAIL_MAX = 500;

    @Inject
    AuditRepository entries;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    Clock clock;

    /** Records an action of the logged-in person in the current village. */
    public void record(
            @NotBlank @Size(max = 60) @Pattern(regexp = ACTION_PATTERN) String action, String subject, String detail) {
        recordBy(currentUser.accountId().orElse(null), action, subject, detail);
    }

    /**
     * Records an action in the current village by a known account (someone who is not logged in yet,
     * such as a person accepting an invitation), or by the system when {@code actorAccountId} is null.
     */
    public void recordBy(
            Long actorAccountId,
            @NotBlank @Size(max = 60) @Pattern(regexp = ACTION_PATTERN) String action,
            String subject,
            String detail) {
        recordIn(currentVillage.id(), actorAccountId, action, subject, detail);
    }

    /** Records an action done to a village from outside it (the platform suspending it). */
    public void recordIn(
            long villageId,
            Long actorAccountId,
            @NotBlank @Size(max = 60) @Pattern(regexp = ACTION_PATTERN) String action,
            String subject,
            String detail) {
        String actorName = actorAccountId == null
                ? null
                : accounts.find(actorAccountId).map(Account::getDisplayName).orElse(null);
        AuditEntry entry = new AuditEntry(
                villageId,
                actorAccountId,
                actorName,
                action,
                cut(subject, SUBJECT_MAX),
                cut(detail, DETAIL_MAX),
                clock.instant());
        // Written directly: the repository's add() checks the current village, which a platform request lacks.
        entries.persist(entry);
    }

    /** A page of the current village's log, newest first; for those who may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AuditEntry> page(@NotNull PageRequest request, Optional<String> action) {
        currentUser.require(Permission.READ_AUDIT_LOG);
        return entries.page(request, action == null ? Optional.empty() : action.filter(a -> !a.isBlank()));
    }

    /** The actions recorded in the current village, for the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        currentUser.require(Permission.READ_AUDIT_LOG);
        return entries.actions();
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max - 1) + "…";
    }
}
