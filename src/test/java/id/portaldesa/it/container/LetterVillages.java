package id.portaldesa.it.container;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.PasswordHasher;
import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.account.Position;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.LetterTypeService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A fresh village ready for letters (FreshVillages' admin, sekdes and resident, the resident
 * confirmed), with a kades and an operator of its own and the Surat Keterangan Domisili, Keterangan
 * Usaha and Keterangan Kematian enabled; every account has the village's password.
 */
@ApplicationScoped
public class LetterVillages {

    public record LetterVillage(FreshVillages.FreshVillage village, String headEmail, String operatorEmail) {}

    @Inject
    FreshVillages fresh;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAdminSetup setup;

    @Inject
    StaffService staff;

    @Inject
    PasswordHasher passwords;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService residentOffice;

    @Inject
    LetterTypeService types;

    @Inject
    id.portaldesa.account.MembershipRepository memberships;

    /** Runs work in one transaction (as the account deletion runs the personal data sources). */
    @Transactional
    public void inTransaction(Runnable work) {
        work.run();
    }

    /** Makes an official of the village acting (Plt./Pj.) in their position. */
    @Transactional
    public void appoint(id.portaldesa.village.VillageRef village, long accountId, id.portaldesa.account.Acting acting) {
        currentVillage.within(village, () -> {
            memberships.activeOf(accountId).stream()
                    .filter(m -> m.getRole() == Role.OFFICIAL)
                    .forEach(m -> m.appointed(acting, null));
            return null;
        });
    }

    @Inject
    LetterVillages self;

    /**
     * The fresh village is committed first: the village directory knows a village only after its
     * onboarding commits, and the rest is done acting for it.
     */
    public LetterVillage create(boolean withDomain) {
        return self.equip(fresh.create(withDomain));
    }

    @Transactional
    public LetterVillage equip(FreshVillages.FreshVillage v) {
        String hash = passwords.hash(v.password());
        String head = Fixtures.email("kades");
        String operator = Fixtures.email("operator");
        currentVillage.within(directory.byId(v.id()).orElseThrow(), () -> {
            Account kades = setup.createDemoAccount(head, "Kades Ñoño O'Brien", hash, false);
            staff.grant(kades.getId(), Role.OFFICIAL, Position.HEAD);
            Account op = setup.createDemoAccount(operator, "Operator " + v.name(), hash, false);
            staff.grant(op.getId(), Role.OFFICIAL, Position.OPERATOR);
            user.actAs(accounts.findByEmail(v.adminEmail()).orElseThrow().getId());
            long resident = residents
                    .ofAccount(accounts.findByEmail(v.residentEmail())
                            .orElseThrow()
                            .getId())
                    .orElseThrow()
                    .getId();
            residentOffice.confirm(resident, ConfirmationMethod.COUNTER, null);
            for (String code : new String[] {"SKD", "SKU", "SKM"}) {
                types.enable(code, true);
            }
            return null;
        });
        return new LetterVillage(v, head, operator);
    }
}
