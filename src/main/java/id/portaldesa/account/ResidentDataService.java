package id.portaldesa.account;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident's own data, edited by the resident: personal data and the family members on their KK.
 * NIK and KK themselves are not editable here (staff correct them on the residents page), so what an
 * operator confirmed stays what it was; any edit after a confirmation marks the record "changed
 * since confirmation" for staff to check again.
 */
@ApplicationScoped
@Transactional
public class ResidentDataService {

    /** A KK lists at most a few dozen people; the cap keeps one account from filling the table. */
    static final int MAX_FAMILY_MEMBERS = 30;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    ResidentRepository residents;

    @Inject
    FamilyMemberRepository family;

    @Inject
    ResidentChangeRepository changes;

    @Inject
    RegionRepository regions;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    /** The resident's own data, family members with masked NIK. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MyData mine() {
        Resident me = me();
        return new MyData(
                me.getPersonalData(),
                family.ofResident(me.getId()).stream()
                        .map(m -> new ListedMember(
                                m.getId(),
                                m.getName(),
                                IdentityNumber.mask(cipher.decrypt(m.nikAt(), m.getNikCipher())),
                                m.getRelation(),
                                m.getBirthDate()))
                        .toList(),
                me.isConfirmed(),
                me.isChangedSinceConfirmation());
    }

    public void save(@NotNull @Valid PersonalData data) {
        Resident me = me();
        Instant now = clock.instant();
        if (me.update(data, now)) {
            changedAfterConfirmation(me, now);
        }
    }

    /** @throws BusinessException for an implausible NIK, one already listed, or a full list */
    public void addFamilyMember(@NotNull @Valid NewFamilyMember member) {
        Resident me = me();
        String nik = member.nik().trim();
        IdentityNumber.problem(IdentityNumber.Kind.NIK, nik, regions::exists).ifPresent(key -> {
            throw new BusinessException(key);
        });
        String hash = cipher.lookupHash(me.getVillageId(), nik);
        List<FamilyMember> listed = family.ofResident(me.getId());
        if (listed.stream().anyMatch(m -> m.getNikHash().equals(hash)) || hash.equals(me.getNikHash()) && me.hasNik()) {
            throw new BusinessException("resident.family.duplicate");
        }
        if (listed.size() >= MAX_FAMILY_MEMBERS) {
            throw new BusinessException("resident.family.full", MAX_FAMILY_MEMBERS);
        }
        // Sealed for its own row: stored first, sealed once it has its id.
        FamilyMember added = new FamilyMember(
                currentVillage.id(), me.getId(), member.name().trim(), "", hash, member.relation(), member.birthDate());
        family.add(added);
        added.sealNik(cipher.encrypt(added.nikAt(), nik));
        Instant now = clock.instant();
        me.dataChanged(now);
        changedAfterConfirmation(me, now);
    }

    /** Removes one of the resident's own family members; anyone else's id is "not found". */
    public void removeFamilyMember(long memberId) {
        Resident me = me();
        FamilyMember member = family.require(memberId);
        if (member.getResidentId() != me.getId()) {
            throw new NotFoundException();
        }
        family.remove(member);
        Instant now = clock.instant();
        me.dataChanged(now);
        changedAfterConfirmation(me, now);
    }

    private void changedAfterConfirmation(Resident me, Instant now) {
        if (me.getConfirmedAt() != null) {
            changes.add(new ResidentChange(
                    me.getVillageId(), me.getId(), ResidentChange.Kind.DATA_CHANGED, me.getAccountId(), now, null));
        }
    }

    private Resident me() {
        user.require(Permission.USE_RESIDENT_SERVICES);
        return user.accountId().flatMap(residents::ofAccount).orElseThrow(NotFoundException::new);
    }

    /** What the resident sees of their own record. */
    public record MyData(
            PersonalData personal, List<ListedMember> family, boolean confirmed, boolean changedSinceConfirmation) {}

    /** A family member as listed: NIK masked. */
    public record ListedMember(long id, String name, String maskedNik, FamilyRelation relation, LocalDate birthDate) {}
}
