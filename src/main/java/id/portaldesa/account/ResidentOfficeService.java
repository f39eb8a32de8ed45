package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What village staff do with the residents of their village (the {@code kantor/warga} page): list
 * and search, confirm an identity, withdraw and restore access, correct a mistyped NIK, and give a
 * NIK to the person it belongs to when someone else registered it first. Each method checks its
 * permission at entry (MANAGE_RESIDENTS; confirming CONFIRM_RESIDENTS) and finds records only in the
 * current village, so another village's ids answer "not found". Every change is recorded in
 * {@link ResidentChange} with who and when, never with a NIK value.
 *
 * <p><b>A NIK someone else registered first.</b> The operator looks up the record holding the NIK
 * (search by the exact NIK from the real person's KTP) and resolves it: the NIK typed again must
 * match that record, which guards against acting on the wrong row. The holder loses the NIK (cleared,
 * not kept), its confirmation and its RESIDENT membership, and is marked DISPUTED; its account and
 * history stay, so what it did remains attributable and it can be restored with a correct NIK. The
 * NIK goes in the same transaction to the rightful resident's record if they have one (registered
 * with a mistyped NIK, say), which counts as confirmed, since the operator has just seen the KTP;
 * otherwise the real person can now register with it.
 */
@ApplicationScoped
@Transactional
public class ResidentOfficeService {

    @Inject
    CurrentUser user;

    @Inject
    ResidentRepository residents;

    @Inject
    MembershipRepository memberships;

    @Inject
    FamilyMemberRepository family;

    @Inject
    ResidentChangeRepository changes;

    @Inject
    AccountRepository accounts;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    PersonalDataCipher cipher;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One page of residents, NIK masked; a 16-digit search finds that exact NIK. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Summary> list(@NotNull PageRequest request, @NotNull ResidentRepository.Filter filter) {
        user.require(Permission.MANAGE_RESIDENTS);
        Optional<String> nikHash =
                request.search().filter(s -> s.matches("\\d{16}")).map(s -> cipher.lookupHash(currentVillage.id(), s));
        return residents.page(request, filter, nikHash).map(this::summary);
    }

    private Summary summary(ResidentRepository.Listed listed) {
        Resident r = listed.resident();
        return new Summary(
                r.getId(),
                listed.account().getDisplayName(),
                listed.account().getEmail(),
                r.hasNik() ? IdentityNumber.mask(cipher.decrypt(r.nikAt(), r.getNikCipher())) : null,
                r.getState(),
                r.isConfirmed(),
                r.isChangedSinceConfirmation(),
                r.getCreatedAt());
    }

    /** Everything about one resident, full NIK and KK included: for processing staff only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Details details(long residentId) {
        user.require(Permission.MANAGE_RESIDENTS);
        Resident r = residents.require(residentId);
        Account account = accounts.find(r.getAccountId()).orElseThrow(NotFoundException::new);
        return new Details(
                r.getId(),
                account.getDisplayName(),
                account.getEmail(),
                r.hasNik() ? cipher.decrypt(r.nikAt(), r.getNikCipher()) : null,
                r.hasFamilyCardNumber() ? cipher.decrypt(r.kkAt(), r.getKkCipher()) : null,
                r.getPersonalData(),
                family.ofResident(r.getId()).stream()
                        .map(m -> new Member(
                                m.getName(),
                                cipher.decrypt(m.nikAt(), m.getNikCipher()),
                                m.getRelation(),
                                m.getBirthDate()))
                        .toList(),
                r.getState(),
                r.isConfirmed(),
                r.isChangedSinceConfirmation(),
                r.getConfirmedAt(),
                Optional.ofNullable(r.getConfirmedBy())
                        .flatMap(accounts::find)
                        .map(Account::getDisplayName)
                        .orElse(null),
                r.getConfirmationMethod(),
                changes.ofResident(r.getId()).stream()
                        .map(c -> new Change(
                                c.getKind(),
                                accounts.find(c.getActorId())
                                        .map(Account::getDisplayName)
                                        .orElse("?"),
                                c.getChangedAt(),
                                c.getNote()))
                        .toList());
    }

    /** The resident of this village whose account has this email address, for picking a rightful owner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> residentWithEmail(String email) {
        user.require(Permission.MANAGE_RESIDENTS);
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(AccountRepository.normaliseEmail(email))
                .flatMap(a -> residents.ofAccount(a.getId()))
                .map(Resident::getId);
    }

    /** The operator checked the KTP/KK (scan or at the counter): identity confirmed, by whom and when. */
    public void confirm(long residentId, @NotNull ConfirmationMethod method, @Size(max = 300) String note) {
        user.require(Permission.CONFIRM_RESIDENTS);
        Resident r = residents.require(residentId);
        if (r.getState() != ResidentState.ACTIVE || !r.hasNik()) {
            throw new BusinessException("resident.confirm.notActive");
        }
        Instant now = clock.instant();
        r.confirm(actor(), method, now);
        record(r, ResidentChange.Kind.CONFIRMED, now, methodNote(method, note));
    }

    /** Withdraws the resident's access to this village's services, effective on their next request. */
    public void disable(long residentId, @Size(max = 300) String note) {
        user.require(Permission.MANAGE_RESIDENTS);
        Resident r = residents.require(residentId);
        if (r.getState() != ResidentState.ACTIVE) {
            throw new BusinessException("resident.disable.already");
        }
        Instant now = clock.instant();
        r.setState(ResidentState.DISABLED);
        revokeAccess(r, now);
        record(r, ResidentChange.Kind.DISABLED, now, note);
    }

    /** Gives a disabled (or, once it has a NIK again, a disputed) resident their access back. */
    public void enable(long residentId) {
        user.require(Permission.MANAGE_RESIDENTS);
        Resident r = residents.require(residentId);
        if (r.getState() == ResidentState.ACTIVE) {
            throw new BusinessException("resident.enable.already");
        }
        if (!r.hasNik()) {
            throw new BusinessException("resident.enable.noNik");
        }
        Instant now = clock.instant();
        r.setState(ResidentState.ACTIVE);
        boolean hasAccess = memberships.activeOf(r.getAccountId()).stream().anyMatch(m -> m.getRole() == Role.RESIDENT);
        if (!hasAccess) {
            memberships.add(new Membership(r.getVillageId(), r.getAccountId(), Role.RESIDENT, null, now));
        }
        record(r, ResidentChange.Kind.ENABLED, now, null);
    }

    /**
     * Replaces a mistyped NIK (re-encrypted, new lookup hash). The new NIK must be free in this
     * village; the data counts as changed since any confirmation, so an operator confirms again.
     */
    public void correctNik(long residentId, @NotNull String newNik, @Size(max = 300) String note) {
        user.require(Permission.MANAGE_RESIDENTS);
        Resident r = residents.require(residentId);
        String nik = checkedNik(newNik);
        String hash = cipher.lookupHash(r.getVillageId(), nik);
        if (hash.equals(r.getNikHash())) {
            throw new BusinessException("resident.nik.same");
        }
        if (residents.nikTaken(hash)) {
            throw new BusinessException("resident.nik.takenByOther");
        }
        Instant now = clock.instant();
        r.replaceNik(cipher.encrypt(r.nikAt(), nik), hash);
        r.dataChanged(now);
        record(r, ResidentChange.Kind.NIK_CORRECTED, now, note);
    }

    /**
     * Gives a NIK to its owner (see the class documentation).
     *
     * @param holderId the record that registered the NIK first
     * @param nikSeen the NIK on the real person's KTP, typed again by the operator
     * @param rightfulId the real person's resident record, if they have one
     */
    public void resolveNikConflict(
            long holderId,
            @NotNull String nikSeen,
            Long rightfulId,
            @NotNull ConfirmationMethod method,
            @Size(max = 300) String note) {
        user.require(Permission.MANAGE_RESIDENTS);
        user.require(Permission.CONFIRM_RESIDENTS);
        Resident holder = residents.require(holderId);
        Resident rightful = rightfulId == null ? null : residents.require(rightfulId);
        String nik = checkedNik(nikSeen);
        String hash = cipher.lookupHash(holder.getVillageId(), nik);
        if (!hash.equals(holder.getNikHash())) {
            throw new BusinessException("resident.dispute.nikMismatch");
        }
        if (rightful != null && rightful.getId().equals(holder.getId())) {
            throw new BusinessException("resident.dispute.sameResident");
        }
        Instant now = clock.instant();
        holder.giveUpNik();
        revokeAccess(holder, now);
        record(holder, ResidentChange.Kind.NIK_GIVEN_UP, now, note);
        // Free the unique (village, NIK hash) before the rightful record takes the NIK.
        em.flush();
        if (rightful != null) {
            rightful.replaceNik(cipher.encrypt(rightful.nikAt(), nik), hash);
            // A rightful record without access (disabled, disputed) keeps it withdrawn until enabled.
            rightful.confirm(actor(), method, now);
            record(rightful, ResidentChange.Kind.NIK_RECEIVED, now, note);
            record(rightful, ResidentChange.Kind.CONFIRMED, now, methodNote(method, null));
        }
    }

    private String checkedNik(String value) {
        String nik = value.trim();
        IdentityNumber.problem(IdentityNumber.Kind.NIK, nik, regions::exists).ifPresent(key -> {
            throw new BusinessException(key);
        });
        return nik;
    }

    private void revokeAccess(Resident r, Instant now) {
        memberships.activeOf(r.getAccountId()).stream()
                .filter(m -> m.getRole() == Role.RESIDENT)
                .forEach(m -> m.revoke(now));
    }

    private void record(Resident r, ResidentChange.Kind kind, Instant now, String note) {
        changes.add(new ResidentChange(r.getVillageId(), r.getId(), kind, actor(), now, PersonalData.clean(note)));
    }

    private static String methodNote(ConfirmationMethod method, String note) {
        String clean = PersonalData.clean(note);
        return method.name() + (clean == null ? "" : ": " + clean);
    }

    private long actor() {
        return user.accountId().orElseThrow(NotFoundException::new);
    }

    /** A row of the residents list. */
    public record Summary(
            long id,
            String name,
            String email,
            String maskedNik,
            ResidentState state,
            boolean confirmed,
            boolean changedSinceConfirmation,
            Instant registeredAt) {}

    /** A family member as processing staff see them. */
    public record Member(String name, String nik, FamilyRelation relation, LocalDate birthDate) {}

    /** One recorded change, with the actor's name. */
    public record Change(ResidentChange.Kind kind, String actor, Instant at, String note) {}

    /** One resident as processing staff see them. */
    public record Details(
            long id,
            String name,
            String email,
            String nik,
            String familyCardNumber,
            PersonalData personal,
            List<Member> family,
            ResidentState state,
            boolean confirmed,
            boolean changedSinceConfirmation,
            Instant confirmedAt,
            String confirmedBy,
            ConfirmationMethod confirmationMethod,
            List<Change> changes) {}
}
