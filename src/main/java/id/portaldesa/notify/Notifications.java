package id.portaldesa.notify;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.events.PersonNotified;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifications list: what features tell a person ({@link PersonNotified}, stored in the
 * teller's transaction), and the person's own list in the current village, newest first. Generic:
 * letters use it now, participation later. Nobody reads another person's list.
 */
@ApplicationScoped
public class Notifications extends VillageScopedRepository<Notification> {

    static final Sorting NEWEST = new Sorting(Map.of(), "e.id desc");

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Notifications() {
        super(Notification.class);
    }

    /** One notification as a page shows it: the text in the reader's language, the page it leads to. */
    public record Shown(long id, String text, String viewId, Map<String, String> parameters, Instant at, boolean unread)
            implements java.io.Serializable {}

    @Transactional(Transactional.TxType.MANDATORY)
    void store(@Observes PersonNotified notice) {
        JsonArrayBuilder arguments = Json.createArrayBuilder();
        notice.arguments().forEach(a -> arguments.add(a == null ? "" : a));
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        notice.parameters().forEach(parameters::add);
        em.persist(new Notification(
                notice.villageId(),
                notice.accountId(),
                notice.messageKey(),
                arguments.build().toString(),
                notice.viewId(),
                parameters.build().toString(),
                clock.instant()));
    }

    /** The logged-in person's notifications in the current village, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Shown> mine(@NotNull PageRequest page, @NotNull Locale locale) {
        long me = me();
        return page(
                        "from Notification e where e.villageId = :village and e.accountId = :me",
                        NEWEST,
                        page,
                        Map.of("me", me))
                .map(n -> shown(n, locale));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        long me = me();
        return scoped(
                        "select count(e) from Notification e where e.villageId = :village and e.accountId = :me"
                                + " and e.readAt is null",
                        Long.class)
                .setParameter("me", me)
                .getSingleResult();
    }

    /** Marks every notification of the person here as read. */
    @Transactional
    public void markAllRead() {
        long me = me();
        em.createQuery("update Notification e set e.readAt = :now where e.villageId = :village and e.accountId = :me"
                        + " and e.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("village", village())
                .setParameter("me", me)
                .executeUpdate();
    }

    static Shown shown(Notification n, Locale locale) {
        List<String> arguments = new ArrayList<>();
        Json.createReader(new StringReader(n.getArguments()))
                .readArray()
                .forEach(v -> arguments.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        Map<String, String> parameters = new LinkedHashMap<>();
        Json.createReader(new StringReader(n.getParameters()))
                .readObject()
                .forEach((k, v) -> parameters.put(
                        k,
                        v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()));
        String key = n.getMessageKey();
        return new Shown(
                n.getId(),
                Messages.get(locale, key, arguments.toArray()),
                n.getViewId(),
                parameters,
                n.getCreatedAt(),
                n.getReadAt() == null);
    }

    private long me() {
        return user.accountId().orElseThrow(NotFoundException::new);
    }
}
