package id.portaldesa.letters;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.shared.events.PersonNotified;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the people concerned that a request moved: the applicant (when they have an account) and the
 * officials whose turn it now is, each by mail (through the outbox, in the same transaction) and on
 * their own page (the notifications list). Mails are in Indonesian, the village's working language;
 * the list shows each reader their own language.
 */
@ApplicationScoped
public class LetterNotices {

    public static final String RESIDENT_VIEW = "/resident/letters/request.xhtml";
    public static final String OFFICE_VIEW = "/office/letters/request.xhtml";

    @Inject
    CurrentVillage currentVillage;

    @Inject
    AccountRepository accounts;

    @Inject
    StaffOnDuty staff;

    @Inject
    LetterSettingsService settings;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Event<PersonNotified> notices;

    void moved(LetterRequest r, LetterState to, String note) {
        if (to == LetterState.SIGNED) {
            return; // issued in the same transaction: one mail, "issued", says both
        }
        VillageRef village = currentVillage.require();
        Locale id = Language.ID.locale();
        String stateKey = "letters.state." + to;
        String state = Messages.get(id, stateKey);
        String reference = r.getReference();
        if (r.getApplicantAccountId() != null) {
            usable(r.getApplicantAccountId()).ifPresent(person -> {
                String link = links.page(village, RESIDENT_VIEW, "nomor", reference);
                String noteLine = note == null ? "" : Messages.get(id, "letters.mail.noteLine", note);
                mail.fire(new OutgoingMail(
                        village.id(),
                        person.getEmail(),
                        Messages.get(id, "letters.mail.resident.subject", reference, state),
                        Messages.get(
                                id,
                                "letters.mail.resident.body",
                                person.getDisplayName(),
                                reference,
                                r.getTypeName(),
                                state,
                                noteLine,
                                link,
                                village.name())));
                notices.fire(new PersonNotified(
                        village.id(),
                        person.getId(),
                        "letters.notice." + to,
                        List.of(reference, r.getTypeName()),
                        RESIDENT_VIEW,
                        Map.of("nomor", reference)));
            });
        }
        for (long official : staff.accountsFor(village.id(), to, settings.current())) {
            usable(official).ifPresent(person -> {
                String link = links.page(village, OFFICE_VIEW, "id", String.valueOf(r.getId()));
                mail.fire(new OutgoingMail(
                        village.id(),
                        person.getEmail(),
                        Messages.get(id, "letters.mail.office.subject", reference, r.getTypeName()),
                        Messages.get(
                                id,
                                "letters.mail.office.body",
                                person.getDisplayName(),
                                reference,
                                r.getTypeName(),
                                state,
                                link,
                                village.name())));
                notices.fire(new PersonNotified(
                        village.id(),
                        person.getId(),
                        "letters.notice.waiting",
                        List.of(reference, r.getTypeName()),
                        OFFICE_VIEW,
                        Map.of("id", String.valueOf(r.getId()))));
            });
        }
    }

    private Optional<Account> usable(long accountId) {
        return accounts.find(accountId).filter(Account::isUsable);
    }
}
