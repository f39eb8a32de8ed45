package id.portaldesa.participation;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.shared.events.PersonNotified;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells people what happened to an aspiration, by mail (the outbox, in the same transaction) and on
 * their notifications list: the author when it is published or rejected; the author and every
 * supporter when an official answers; the moderating staff when flags hide it. Mails are in
 * Indonesian, the village's working language; the list shows each reader their own language.
 */
@ApplicationScoped
public class AspirationNotices {

    public static final String PUBLIC_VIEW = "/public/participation/aspiration.xhtml";
    public static final String MINE_VIEW = "/resident/participation/mine.xhtml";
    public static final String OFFICE_VIEW = "/office/participation/aspiration.xhtml";

    @Inject
    AccountRepository accounts;

    @Inject
    StaffWith staff;

    @Inject
    Labels labels;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Event<PersonNotified> notices;

    @PersistenceContext
    EntityManager em;

    void moved(VillageRef village, Aspiration a, AspirationState to, String note) {
        Locale id = Language.ID.locale();
        String state = labels.state(village.id(), to, id);
        Set<Long> told = new LinkedHashSet<>();
        told.add(a.getAuthorAccountId());
        if (AspirationState.ANSWERS.contains(to)) {
            told.addAll(supporters(a));
        }
        boolean visible = to.isPublic();
        String viewId = visible ? PUBLIC_VIEW : MINE_VIEW;
        Map<String, String> parameters = visible ? Map.of("nomor", String.valueOf(a.getId())) : Map.of();
        String link = visible
                ? links.page(village, PUBLIC_VIEW, "nomor", String.valueOf(a.getId()))
                : links.page(village, MINE_VIEW);
        for (long accountId : told) {
            accounts.find(accountId).filter(Account::isUsable).ifPresent(person -> {
                boolean author = person.getId() == a.getAuthorAccountId();
                mail.fire(new OutgoingMail(
                        village.id(),
                        person.getEmail(),
                        Messages.get(id, "participation.aspiration.mail.subject", a.getTitle(), state),
                        Messages.get(
                                id,
                                author
                                        ? "participation.aspiration.mail.author"
                                        : "participation.aspiration.mail.supporter",
                                person.getDisplayName(),
                                a.getTitle(),
                                state,
                                note == null ? "-" : note,
                                link,
                                village.name())));
                notices.fire(new PersonNotified(
                        village.id(),
                        person.getId(),
                        "participation.aspiration.notice." + to,
                        List.of(a.getTitle()),
                        viewId,
                        parameters));
            });
        }
    }

    void hidden(VillageRef village, Aspiration a) {
        Locale id = Language.ID.locale();
        String link = links.page(village, OFFICE_VIEW, "id", String.valueOf(a.getId()));
        for (long accountId : staff.accounts(village.id(), Permission.MODERATE_PARTICIPATION)) {
            accounts.find(accountId).filter(Account::isUsable).ifPresent(person -> {
                mail.fire(new OutgoingMail(
                        village.id(),
                        person.getEmail(),
                        Messages.get(id, "participation.aspiration.mail.hidden.subject", a.getTitle()),
                        Messages.get(
                                id,
                                "participation.aspiration.mail.hidden.body",
                                person.getDisplayName(),
                                a.getTitle(),
                                a.getFlagCount(),
                                link,
                                village.name())));
                notices.fire(new PersonNotified(
                        village.id(),
                        person.getId(),
                        "participation.aspiration.notice.hidden",
                        List.of(a.getTitle()),
                        OFFICE_VIEW,
                        Map.of("id", String.valueOf(a.getId()))));
            });
        }
    }

    private List<Long> supporters(Aspiration a) {
        return em.createNativeQuery(
                        "SELECT account_id FROM aspiration_support WHERE village_id = ? AND aspiration_id = ? ORDER BY id")
                .setParameter(1, a.getVillageId())
                .setParameter(2, a.getId())
                .getResultStream()
                .map(o -> ((Number) o).longValue())
                .toList();
    }
}
