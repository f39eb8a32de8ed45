package id.portaldesa.it.container;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.AccountStatus;
import id.portaldesa.account.ConfirmationMethod;
import id.portaldesa.account.Registration;
import id.portaldesa.account.RegistrationService;
import id.portaldesa.account.ResidentOfficeService;
import id.portaldesa.account.ResidentRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.participation.AspirationDraft;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.AspirationState;
import id.portaldesa.participation.Category;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fresh villages ready for participation: FreshVillages' admin, sekdes and resident, with two more
 * residents, all three confirmed; and aspirations holding attack payloads, built through the services.
 */
@ApplicationScoped
public class ParticipationFixtures {

    /** The village, its three confirmed residents, and one the office has not confirmed yet. */
    public record ParticipationVillage(
            FreshVillages.FreshVillage village, List<String> residents, String unconfirmed) {}

    @Inject
    FreshVillages fresh;

    @Inject
    ParticipationFixtures self;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    RegistrationService registrations;

    @Inject
    ResidentRepository residents;

    @Inject
    ResidentOfficeService residentOffice;

    @Inject
    AspirationService aspirations;

    public ParticipationVillage create(boolean withDomain) {
        return self.equip(fresh.create(withDomain));
    }

    @Transactional
    public ParticipationVillage equip(FreshVillages.FreshVillage v) {
        List<String> people = new ArrayList<>(List.of(v.residentEmail()));
        String unconfirmed = Fixtures.email("warga-baru");
        currentVillage.within(directory.byId(v.id()).orElseThrow(), () -> {
            registrations.register(
                    new Registration(
                            "Warga Baru " + v.name(), unconfirmed, v.password(), Fixtures.nik(), Fixtures.kk()),
                    Locale.forLanguageTag("id"));
            accounts.findByEmail(unconfirmed).orElseThrow().setStatus(AccountStatus.ACTIVE);
            for (int i = 0; i < 2; i++) {
                String email = Fixtures.email("warga" + i);
                registrations.register(
                        new Registration(
                                "Warga " + i + " " + v.name(), email, v.password(), Fixtures.nik(), Fixtures.kk()),
                        Locale.forLanguageTag("id"));
                accounts.findByEmail(email).orElseThrow().setStatus(AccountStatus.ACTIVE);
                people.add(email);
            }
            user.actAs(accounts.findByEmail(v.adminEmail()).orElseThrow().getId());
            for (String email : people) {
                long account = accounts.findByEmail(email).orElseThrow().getId();
                residentOffice.confirm(
                        residents.ofAccount(account).orElseThrow().getId(), ConfirmationMethod.COUNTER, null);
            }
            return null;
        });
        return new ParticipationVillage(v, List.copyOf(people), unconfirmed);
    }

    /**
     * Published, answered aspirations whose title, description and answer hold the texts, three texts
     * an aspiration (the resident's submissions are rate-limited like anyone's).
     *
     * @return the aspirations' ids
     */
    @Transactional
    public List<Long> withPayloads(long villageId, String admin, String official, String resident, List<String> texts) {
        VillageRef village = directory.byId(villageId).orElseThrow();
        return currentVillage.within(village, () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < texts.size(); i += 3) {
                List<String> three = texts.subList(i, Math.min(texts.size(), i + 3));
                String title = three.get(0).length() > 150 ? three.get(0).substring(0, 150) : three.get(0);
                user.actAs(id(resident));
                long id = aspirations.submit(
                        new AspirationDraft(
                                title,
                                String.join("\n", three),
                                Category.OTHER,
                                three.get(0).length() > 80 ? "Dusun" : three.get(0),
                                "1",
                                "2",
                                null,
                                null),
                        List.of());
                user.actAs(id(admin));
                aspirations.publish(id);
                user.actAs(id(official));
                aspirations.answer(id, AspirationState.UNDER_REVIEW, String.join("\n", three));
                ids.add(id);
            }
            return ids;
        });
    }

    private long id(String email) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return a.getId();
    }
}
