package id.portaldesa.participation;

import id.portaldesa.account.Account;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.Tokens;
import id.portaldesa.shared.i18n.Language;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.mail.OutgoingMail;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.security.ClientAddresses;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Complaints, from filing to resolution. Anyone files one (logged in, or as a guest whose email is
 * confirmed by a link whose page has a button, so a mail scanner opening the link confirms nothing);
 * filing answers a short reference and a long random tracking token (only its hash is stored) that
 * opens the status page without logging in. The office (ANSWER_PARTICIPATION) assigns, prioritises,
 * notes, replies and moves it; every move goes through {@link #moveTo}, recorded in the shared history.
 * The complainant reopens a resolved one within 14 days. Another village's complaint is "not found".
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    public static final int MAX_PHOTOS = 5;
    public static final String CONFIRM_VIEW = "/public/participation/confirm.xhtml";
    public static final String TRACK_VIEW = "/public/participation/track.xhtml";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintReferences references;

    @Inject
    StateChanges stateChanges;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    MediaService media;

    @Inject
    Labels labels;

    @Inject
    VillageClock villageClock;

    @Inject
    VillageLinks links;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** What filing answers: the reference, the tracking token (shown once), whether email confirmation waits. */
    public record Filed(String reference, String token, boolean awaitsConfirmation) {}

    /**
     * Files a complaint. A guest gives a name and an email address to confirm; a filled honeypot
     * field (a robot) is refused like any bad input. Photos are stored private through the media
     * pipeline (metadata, location included, stripped).
     *
     * @param source {@code web} or {@code open311}
     */
    public Filed file(
            @NotNull ComplaintDraft draft,
            String guestName,
            String guestEmail,
            String honeypot,
            List<Upload> photos,
            @NotNull String source) {
        if (honeypot != null && !honeypot.isBlank()) {
            throw new BusinessException("participation.complaint.refused");
        }
        rateLimiter.attemptByVisitor(Limit.SUBMISSION);
        ComplaintDraft checked = draft.checked();
        VillageRef village = currentVillage.require();
        Long account = null;
        String name;
        String email;
        if (user.isLoggedIn() && user.can(Permission.USE_RESIDENT_SERVICES)) {
            Account me = user.getAccount();
            rateLimiter.attemptByAccount(Limit.SUBMISSION, me.getEmail());
            account = me.getId();
            name = me.getDisplayName();
            email = me.getEmail();
        } else {
            name = Texts.clean(guestName);
            email = Texts.clean(guestEmail);
            if (name == null || name.length() > 120) {
                throw new BusinessException("participation.complaint.name.required");
            }
            if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new BusinessException("participation.complaint.email.invalid");
            }
            // Not the resident key of that address: a stranger typing a resident's email must not use
            // up that resident's own submissions.
            rateLimiter.attemptByAccount(Limit.SUBMISSION, "guest:" + email.toLowerCase(Locale.ROOT));
        }
        List<Upload> given = photos == null
                ? List.of()
                : photos.stream().filter(u -> u != null && !u.isEmpty()).toList();
        if (given.size() > MAX_PHOTOS) {
            throw new BusinessException("participation.photos.tooMany", MAX_PHOTOS);
        }
        Instant now = clock.instant();
        String token = Tokens.newToken();
        String confirmation = account == null ? Tokens.newToken() : null;
        String reference = references.next(
                village.id(),
                village.name(),
                YearMonth.from(villageClock.of(village).dateOf(now)));
        Complaint c = new Complaint(
                village.id(),
                reference,
                Tokens.sha256(token),
                confirmation == null ? null : Tokens.sha256(confirmation),
                checked,
                account,
                name,
                email,
                source,
                now);
        complaints.add(c);
        complaints.flush();
        int position = 0;
        for (Upload u : given) {
            MediaRef ref = account == null ? media.storeGuestImage(u) : media.storeImage(u, MediaVisibility.PRIVATE);
            em.createNativeQuery("INSERT INTO complaint_photo (village_id, complaint_id, media_id, position)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, village.id())
                    .setParameter(2, c.getId())
                    .setParameter(3, ref.id())
                    .setParameter(4, position++)
                    .executeUpdate();
        }
        Integer target = c.getState() == ComplaintState.NEW ? labels.slaHours(village.id(), c.getCategory()) : null;
        // The category and target go into the recorded change: the service statistics read nothing else.
        stateChanges.move(
                ComplaintState.FLOW,
                c.getId(),
                null,
                c.getState(),
                account,
                null,
                c.getCategory().name(),
                target);
        if (target != null) {
            c.due(Sla.dueAt(now, target));
        }
        Locale id = Language.ID.locale();
        String track = links.page(village, TRACK_VIEW, "token", token);
        String body = confirmation == null
                ? Messages.get(id, "participation.complaint.mail.filed", name, reference, track, village.name())
                : Messages.get(
                        id,
                        "participation.complaint.mail.confirm",
                        name,
                        reference,
                        links.page(village, CONFIRM_VIEW, "token", confirmation),
                        track,
                        village.name(),
                        UnconfirmedComplaints.VALID.toDays());
        mail.fire(new OutgoingMail(
                village.id(), email, Messages.get(id, "participation.complaint.mail.subject", reference), body));
        return new Filed(reference, token, confirmation != null);
    }

    /** Whether a confirmation link is pending (its page shows the button, or says it is used up). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean confirmable(String token) {
        return token != null
                && !token.isBlank()
                && complaints
                        .byConfirmationHash(Tokens.sha256(token))
                        .filter(c -> !expired(c))
                        .isPresent();
    }

    /** A guest's complaint left unconfirmed for longer than {@link UnconfirmedComplaints#VALID}. */
    private boolean expired(Complaint c) {
        return c.getState() == ComplaintState.UNCONFIRMED
                && !clock.instant().isBefore(c.getCreatedAt().plus(UnconfirmedComplaints.VALID));
    }

    /**
     * The guest pressed the confirmation button: the complaint enters the queue. Counted like every
     * confirmation (rate limit per address); an unknown token, or one older than {@link
     * UnconfirmedComplaints#VALID}, is not found.
     *
     * @return the complaint's reference
     */
    public String confirm(String token) {
        rateLimiter.attemptByVisitor(Limit.CONFIRMATION);
        if (token == null || token.isBlank()) {
            throw new NotFoundException();
        }
        Complaint c = complaints.byConfirmationHash(Tokens.sha256(token)).orElseThrow(NotFoundException::new);
        c = complaints.lock(c.getId());
        if (c.getState() != ComplaintState.UNCONFIRMED) {
            return c.getReference();
        }
        if (expired(c)) {
            throw new NotFoundException(); // deleted by the next purge
        }
        moveTo(c, ComplaintState.NEW, null, null);
        c.due(Sla.dueAt(clock.instant(), labels.slaHours(c.getVillageId(), c.getCategory())));
        return c.getReference();
    }

    /** What the complainant sees by the tracking token: state, history, replies (never internal notes). */
    public record Tracked(
            long id,
            String reference,
            Category category,
            ComplaintState state,
            String description,
            String location,
            Instant createdAt,
            boolean reopenable,
            List<id.portaldesa.shared.workflow.StateChange> history,
            List<ComplaintMessage> messages,
            List<MediaRef> photos)
            implements java.io.Serializable {}

    /** The complaint of a tracking token; a wrong token is not found, and guessing is rate-limited. */
    public Tracked track(String token) {
        Complaint c = byToken(token);
        return new Tracked(
                c.getId(),
                c.getReference(),
                c.getCategory(),
                c.getState(),
                c.getDescription(),
                c.getLocation(),
                c.getCreatedAt(),
                Sla.reopenable(c.getState(), c.getResolvedAt(), clock.instant()),
                stateChanges.historyOf(ComplaintState.FLOW.subject(), c.getId()),
                messages(c.getId(), false),
                photosOf(c.getId()));
    }

    /**
     * The id of the complaint of a tracking token once it is in the queue (Open311's GET tokens); empty
     * while its email is unconfirmed. A wrong token is not found, guessing rate-limited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> requestIdOf(String token) {
        Complaint c = byToken(token);
        return c.getState() == ComplaintState.UNCONFIRMED ? Optional.empty() : Optional.of(c.getId());
    }

    /** The complainant reopens a resolved complaint within 14 days, saying why. */
    public void reopen(String token, String why) {
        Complaint c = complaints.lock(byToken(token).getId());
        String text = Texts.cleanMultiline(why);
        if (text == null) {
            throw new BusinessException("participation.complaint.reopen.reason");
        }
        if (text.length() > 4000) {
            throw new BusinessException("participation.text.tooLong", 4000);
        }
        if (!Sla.reopenable(c.getState(), c.getResolvedAt(), clock.instant())) {
            throw new BusinessException("participation.complaint.reopen.tooLate");
        }
        em.persist(new ComplaintMessage(
                c.getVillageId(),
                c.getId(),
                ComplaintMessage.Kind.COMPLAINANT,
                c.getComplainantAccountId(),
                text,
                clock.instant()));
        moveTo(c, ComplaintState.IN_PROGRESS, c.getComplainantAccountId(), text);
    }

    /**
     * The complaint of a tracking token. A visitor who has missed {@link Limit#TRACKING} times in
     * the window is refused before the lookup (even with a right token: guessing must not pay);
     * every miss counts.
     */
    private Complaint byToken(String token) {
        String visitor = RateLimiter.addressKey(addresses.of(request));
        if (rateLimiter.hits(Limit.TRACKING, visitor) >= rateLimiter.max(Limit.TRACKING)) {
            throw new RateLimitExceededException(Limit.TRACKING, Limit.TRACKING.window());
        }
        Optional<Complaint> found = token == null || token.length() < 20 || token.length() > 100
                ? Optional.empty()
                : complaints.byTrackingHash(Tokens.sha256(token));
        if (found.isEmpty()) {
            rateLimiter.attempt(Limit.TRACKING, visitor);
            throw new NotFoundException();
        }
        return found.get();
    }

    @Inject
    ClientAddresses addresses;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    // --- office ---

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Complaint> queue(@NotNull List<ComplaintState> states, @NotNull PageRequest page) {
        requireStaff();
        return complaints.queue(states, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint officeView(long id) {
        requireStaff();
        Complaint c = complaints.require(id);
        if (c.getState() == ComplaintState.UNCONFIRMED) {
            throw new NotFoundException(); // not in the queue until confirmed
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintMessage> officeMessages(long id) {
        officeView(id);
        return messages(id, true);
    }

    public boolean isOverdue(Complaint c) {
        return Sla.overdue(c.getState(), c.getDueAt(), clock.instant());
    }

    /** Assigns an official (who answers participation in this village), moving a new complaint on. */
    public void assign(long id, long officialAccountId) {
        requireStaff();
        if (!new java.util.HashSet<>(staff()).contains(officialAccountId)) {
            throw new BusinessException("participation.complaint.assignee.invalid");
        }
        Complaint c = queued(id);
        c.assign(officialAccountId, clock.instant());
        if (c.getState() == ComplaintState.NEW) {
            moveTo(c, ComplaintState.ASSIGNED, user.accountId().orElse(null), null);
        }
    }

    public void prioritise(long id, @NotNull Complaint.Priority priority) {
        requireStaff();
        queued(id).prioritise(priority, clock.instant());
    }

    /** An internal note (staff only) or a reply the complainant reads (and is mailed). */
    public void write(long id, @NotNull ComplaintMessage.Kind kind, String text) {
        requireStaff();
        if (kind == ComplaintMessage.Kind.COMPLAINANT) {
            throw new NotFoundException();
        }
        String clean = Texts.cleanMultiline(text);
        if (clean == null) {
            throw new BusinessException("participation.complaint.message.required");
        }
        if (clean.length() > 4000) {
            throw new BusinessException("participation.text.tooLong", 4000);
        }
        Complaint c = queued(id);
        em.persist(new ComplaintMessage(
                c.getVillageId(), c.getId(), kind, user.accountId().orElse(null), clean, clock.instant()));
        if (kind == ComplaintMessage.Kind.REPLY) {
            tell(c, "participation.complaint.mail.reply", clean);
        }
    }

    /** Moves a queued complaint (in progress, resolved, rejected), with a note for the history. */
    public void move(long id, @NotNull ComplaintState to, String note) {
        requireStaff();
        if (to == ComplaintState.UNCONFIRMED || to == ComplaintState.NEW) {
            throw new BusinessException("workflow.notAllowed", "-", to.name());
        }
        Complaint c = queued(id);
        moveTo(c, to, user.accountId().orElse(null), Texts.clean(note));
        tell(
                c,
                "participation.complaint.mail.moved",
                labels.text(c.getVillageId(), to.labelKey(), Language.ID.locale()));
    }

    /** The officials a complaint can be assigned to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> staff() {
        requireStaff();
        return List.copyOf(staffWith.accounts(currentVillage.id(), Permission.ANSWER_PARTICIPATION));
    }

    @Inject
    StaffWith staffWith;

    @Inject
    VillageChanges changes;

    /** The names of the officials a complaint can be assigned to, by account id, in staff order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, String> staffNames() {
        List<Long> ids = staff();
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(a -> found.put(a.getId(), a.getDisplayName()));
        ids.forEach(id -> names.put(id, found.getOrDefault(id, "#" + id)));
        return names;
    }

    /** The photos of a complaint the office sees (private media, served by the photo servlet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaRef> officePhotos(long id) {
        officeView(id);
        return photosOf(id);
    }

    /** The photos of the complaint of a tracking token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaRef> trackedPhotos(String token) {
        return photosOf(byToken(token).getId());
    }

    /**
     * A photo of a complaint for whoever may see it: staff who answer or moderate participation, or
     * the holder of the complaint's tracking token. Anything else is not found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaRef photo(long complaintId, long mediaId, String token) {
        long complaint;
        if (token != null && !token.isBlank()) {
            complaint = byToken(token).getId();
        } else {
            complaint = officeView(complaintId).getId();
        }
        if (complaint != complaintId) {
            throw new NotFoundException();
        }
        return Photos.pick(photosOf(complaint), mediaId);
    }

    /** The image's bytes at a width, after {@link #photo}'s check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.io.InputStream open(MediaRef ref, int width) {
        return media.open(ref, width);
    }

    private List<MediaRef> photosOf(long complaintId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT media_id FROM complaint_photo WHERE village_id = ?1 AND complaint_id = ?2 ORDER BY position")
                .setParameter(1, currentVillage.id())
                .setParameter(2, complaintId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return media.findAll(ids.stream().map(Number::longValue).toList());
    }

    /** Whether the current user may publish "problem solved" stories (the village admin). */
    public boolean mayPublishStories() {
        return user.can(Permission.MODERATE_PARTICIPATION);
    }

    /**
     * The admin publishes a resolved complaint as a public "problem solved" story: only with the
     * complainant's consent recorded at filing, with a title and text the admin writes (no name,
     * no contact). Public: recorded as a village change first.
     */
    public void publishStory(long id, String title, String text) {
        if (!mayPublishStories()) {
            throw new NotFoundException();
        }
        Complaint c = queued(id);
        if (c.getState() != ComplaintState.RESOLVED) {
            throw new BusinessException("participation.story.notResolved");
        }
        if (!c.isStoryConsent()) {
            throw new BusinessException("participation.story.noConsent");
        }
        String t = Texts.clean(title);
        String body = Texts.cleanMultiline(text);
        if (t == null || t.length() > 150) {
            throw new BusinessException("participation.story.title.required");
        }
        if (body == null || body.length() > 4000) {
            throw new BusinessException("participation.story.text.required");
        }
        changes.record(c.getVillageId(), STORY_CHANGE);
        c.story(true, t, body, clock.instant());
    }

    /** The admin takes a story down again. */
    public void withdrawStory(long id) {
        if (!mayPublishStories()) {
            throw new NotFoundException();
        }
        Complaint c = queued(id);
        changes.record(c.getVillageId(), STORY_CHANGE);
        c.story(false, c.getStoryTitle(), c.getStoryText(), clock.instant());
    }

    static final String STORY_CHANGE = "participation.story";

    /**
     * The one way a complaint changes state (design §4a): checked against {@link
     * ComplaintState#FLOW}, recorded with who, when and the note. Callers lock the row.
     */
    void moveTo(Complaint c, ComplaintState to, Long actor, String note) {
        if (c.isStoryPublished() && to != ComplaintState.RESOLVED) {
            // A problem no longer solved is no longer a story, also once it is solved again: the admin
            // publishes it anew (by the complainant's reopening or the office's move alike).
            changes.record(c.getVillageId(), STORY_CHANGE);
            c.story(false, c.getStoryTitle(), c.getStoryText(), clock.instant());
        }
        Integer target = to == ComplaintState.NEW ? labels.slaHours(c.getVillageId(), c.getCategory()) : null;
        stateChanges.move(
                ComplaintState.FLOW,
                c.getId(),
                c.getState(),
                to,
                actor,
                note,
                c.getCategory().name(),
                target);
        c.moved(to, clock.instant());
    }

    private void tell(Complaint c, String key, String what) {
        if (c.getContactEmail() == null) {
            return;
        }
        VillageRef village = currentVillage.require();
        Locale id = Language.ID.locale();
        mail.fire(new OutgoingMail(
                village.id(),
                c.getContactEmail(),
                Messages.get(id, "participation.complaint.mail.subject", c.getReference()),
                Messages.get(id, key, c.getContactName(), c.getReference(), what, village.name())));
    }

    private Complaint queued(long id) {
        Complaint c = complaints.lock(id);
        if (c.getState() == ComplaintState.UNCONFIRMED) {
            throw new NotFoundException();
        }
        return c;
    }

    private List<ComplaintMessage> messages(long complaintId, boolean withNotes) {
        return em.createQuery(
                        "select m from ComplaintMessage m where m.villageId = :v and m.complaintId = :c order by m.createdAt, m.id",
                        ComplaintMessage.class)
                .setParameter("v", currentVillage.id())
                .setParameter("c", complaintId)
                .getResultStream()
                .filter(m -> withNotes || m.getKind() != ComplaintMessage.Kind.NOTE)
                .toList();
    }

    private void requireStaff() {
        if (!user.can(Permission.ANSWER_PARTICIPATION) && !user.can(Permission.MODERATE_PARTICIPATION)) {
            throw new NotFoundException();
        }
    }
}
