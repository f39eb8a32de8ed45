package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.participation.AspirationDraft;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.ComplaintDraft;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.participation.ParticipationPersonalData;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataJson;
import id.portaldesa.village.VillageDirectory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What e-participation holds about a person, as the account's data export and erasure read it: their
 * aspirations, supports and complaints with their contact, and nobody else's; erasure empties the
 * complaints' contact while the village keeps its record.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipationPersonalDataIT {

    @Inject
    ParticipationFixtures participation;

    @Inject
    Fixtures fixtures;

    @Inject
    VillageDirectory directory;

    @Inject
    AccountRepository accounts;

    @Inject
    AspirationService aspirations;

    @Inject
    ComplaintService complaints;

    @Inject
    ParticipationPersonalData data;

    @Inject
    UserTransaction transaction;

    @Test
    void aResidentsExportHoldsTheirsOnlyAndErasureForgetsTheirContact() throws Exception {
        ParticipationFixtures.ParticipationVillage pv = participation.create(false);
        fixtures.actFor(directory.byId(pv.village().id()).orElseThrow());
        Account author = accounts.findByEmail(pv.residents().get(0)).orElseThrow();
        Account supporter = accounts.findByEmail(pv.residents().get(1)).orElseThrow();

        fixtures.actAs(author);
        long idea = aspirations.submit(
                new AspirationDraft(
                        "Sumur umum rusak", "Airnya keruh.", Category.HEALTH, "Dusun I", "1", "2", null, null),
                List.of());
        ComplaintService.Filed filed = complaints.file(
                new ComplaintDraft(
                        Category.INFRASTRUCTURE, "Gorong-gorong di depan rumah Siti", "RT 2", null, null, false, false),
                null,
                null,
                null,
                List.of(),
                "web");
        fixtures.actAs(accounts.findByEmail(pv.village().adminEmail()).orElseThrow());
        aspirations.publish(idea);
        fixtures.actAs(supporter);
        aspirations.support(idea);

        DataSubject subject = new DataSubject(author.getId(), author.getEmail());
        String mine = PersonalDataJson.write(data.export(subject));
        assertTrue(mine.contains("Sumur umum rusak"), mine);
        assertTrue(mine.contains(filed.reference()) && mine.contains("Gorong-gorong di depan rumah Siti"), mine);
        assertTrue(mine.contains(author.getEmail()), "the complaint's contact: " + mine);

        String theirs = PersonalDataJson.write(data.export(new DataSubject(supporter.getId(), supporter.getEmail())));
        assertTrue(theirs.contains("supportedAspirations") && theirs.contains(String.valueOf(idea)), theirs);
        assertFalse(theirs.contains("Sumur umum rusak") || theirs.contains(filed.reference()), "nobody else's");

        transaction.begin();
        data.erase(subject);
        transaction.commit();
        String after = PersonalDataJson.write(data.export(subject));
        assertFalse(after.contains(author.getEmail()), "contact forgotten: " + after);
        assertTrue(after.contains(filed.reference()), "the complaint stays the village's record");
    }
}
