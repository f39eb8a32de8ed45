package id.portaldesa.participation;

import id.portaldesa.account.Account;
import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.ratelimit.Limit;
import id.portaldesa.shared.ratelimit.RateLimiter;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What people do with aspirations. A resident submits one (USE_RESIDENT_SERVICES, rate-limited per
 * account and address) and it waits for the village admin (MODERATE_PARTICIPATION), who publishes it
 * or rejects it with a reason the author reads. Confirmed residents support a public aspiration once
 * each (withdrawable; a unique key counts a raced double click once); residents flag abuse, and past
 * the village's threshold it is hidden pending review and the moderators are told. Officials
 * (ANSWER_PARTICIPATION) answer with a status and a response; author and supporters are told. Every
 * move goes through {@link #moveTo}, recorded in the shared history. Another village's aspiration is
 * "not found".
 */
@ApplicationScoped
@Transactional
public class AspirationService {

    public static final int MAX_PHOTOS = 5;
    static final String SUBJECT_CHANGE = "participation.aspirations";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    ResidentStatus residentStatus;

    @Inject
    AspirationRepository aspirations;

    @Inject
    StateChanges stateChanges;

    @Inject
    AspirationNotices notices;

    @Inject
    VillageChanges changes;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    MediaService media;

    @Inject
    Labels labels;

    @Inject
    Clock clock;

    /** A line of the author's own list. */
    public record Mine(long id, String title, AspirationState state, String note, int supports, Instant createdAt)
            implements java.io.Serializable {}

    /**
     * Submits an aspiration with up to {@value #MAX_PHOTOS} photos (through the media pipeline,
     * metadata stripped; private until the aspiration is published); it waits for moderation. A refused photo refuses the whole
     * submission, and nothing is kept.
     *
     * @return the aspiration's id
     */
    public long submit(@NotNull AspirationDraft draft, List<Upload> photos) {
        Account me = resident();
        rateLimiter.attemptByVisitor(Limit.SUBMISSION);
        rateLimiter.attemptByAccount(Limit.SUBMISSION, me.getEmail());
        AspirationDraft checked = draft.checked();
        List<Upload> given = photos == null
                ? List.of()
                : photos.stream().filter(u -> u != null && !u.isEmpty()).toList();
        if (given.size() > MAX_PHOTOS) {
            throw new BusinessException("participation.photos.tooMany", MAX_PHOTOS);
        }
        Instant now = clock.instant();
        Aspiration a = new Aspiration(currentVillage.id(), me.getId(), checked, now);
        aspirations.add(a);
        aspirations.flush();
        int position = 0;
        for (Upload u : given) {
            MediaRef ref = media.storeImage(u, MediaVisibility.PRIVATE);
            aspirations.addPhoto(a.getId(), ref.id(), position++);
        }
        stateChanges.move(AspirationState.FLOW, a.getId(), null, AspirationState.SUBMITTED, me.getId(), null);
        return a.getId();
    }

    /** The logged-in resident's own aspirations, newest first, with the reason of a rejection. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Mine> mine() {
        Account me = resident();
        return aspirations.ofAuthor(me.getId()).stream()
                .map(a -> new Mine(
                        a.getId(), a.getTitle(), a.getState(), a.getNote(), a.getSupportCount(), a.getCreatedAt()))
                .toList();
    }

    /** Whether the logged-in person supports this aspiration (false for visitors and staff). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean supportsIt(long id) {
        if (!user.can(Permission.USE_RESIDENT_SERVICES)) {
            return false;
        }
        return user.accountId().map(me -> aspirations.supports(id, me)).orElse(false);
    }

    /**
     * The confirmed resident supports a public aspiration; once, whatever number of times it is asked.
     *
     * @return the aspiration's support count afterwards
     */
    public int support(long id) {
        Account me = supporter();
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = visibleLocked(id);
        aspirations.addSupport(a.getId(), me.getId(), clock.instant());
        int count = aspirations.countSupports(a.getId());
        aspirations.storeCounts(a, count, a.getFlagCount());
        return count;
    }

    /** Withdraws the resident's support, if given. */
    public int withdraw(long id) {
        Account me = supporter();
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = visibleLocked(id);
        aspirations.removeSupport(a.getId(), me.getId());
        int count = aspirations.countSupports(a.getId());
        aspirations.storeCounts(a, count, a.getFlagCount());
        return count;
    }

    /**
     * A resident flags a public aspiration as abusive, once. When the flags of distinct residents
     * reach the village's threshold it is hidden pending review and the moderators are told.
     */
    public void flag(long id, String reason) {
        // Confirmed residents only: three throwaway registrations must not hide anyone's aspiration.
        Account me = confirmedResident();
        rateLimiter.attemptByVisitor(Limit.FLAG);
        rateLimiter.attemptByAccount(Limit.FLAG, me.getEmail());
        String why = Texts.clean(reason);
        if (why != null && why.length() > 300) {
            throw new BusinessException("participation.text.tooLong", 300);
        }
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = visibleLocked(id);
        if (!aspirations.addFlag(a.getId(), me.getId(), why, clock.instant())) {
            return;
        }
        int flags = aspirations.countFlags(a.getId());
        aspirations.storeCounts(a, a.getSupportCount(), flags);
        if (flags >= labels.flagThreshold(currentVillage.id())) {
            aspirations.refresh(a);
            a.hide(true, clock.instant());
            showPhotos(a, MediaVisibility.PRIVATE);
            notices.hidden(currentVillage.require(), a);
        }
    }

    // --- office ---

    /** The office's lists (staff who moderate or answer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Aspiration> office(@NotNull AspirationRepository.OfficeFilter filter, @NotNull PageRequest page) {
        requireStaff();
        return aspirations.office(filter, page);
    }

    /** One aspiration for the office, whatever its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Aspiration officeView(long id) {
        requireStaff();
        return aspirations.require(id);
    }

    /** An aspiration's photos for the office (private until it is published: served by the photo servlet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaRef> officePhotos(long id) {
        officeView(id);
        return media.findAll(aspirations.photoMedia(id));
    }

    /** One photo of an aspiration, for the office; a photo of another aspiration is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaRef officePhoto(long id, long mediaId) {
        return Photos.pick(officePhotos(id), mediaId);
    }

    /** The image's bytes at a width, after {@link #officePhoto}'s check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.io.InputStream open(MediaRef ref, int width) {
        return media.open(ref, width);
    }

    public boolean mayModerate() {
        return user.can(Permission.MODERATE_PARTICIPATION);
    }

    public boolean mayAnswer() {
        return user.can(Permission.ANSWER_PARTICIPATION);
    }

    public void publish(long id) {
        user.require(Permission.MODERATE_PARTICIPATION);
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = aspirations.lock(id);
        moveTo(a, AspirationState.PUBLISHED, null);
        showPhotos(a, MediaVisibility.PUBLIC);
    }

    /** Rejects a waiting aspiration, or removes a public one after review; the reason is required. */
    public void reject(long id, String reason) {
        user.require(Permission.MODERATE_PARTICIPATION);
        String why = Texts.clean(reason);
        if (why == null) {
            throw new BusinessException("participation.aspiration.reason.required");
        }
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = aspirations.lock(id);
        moveTo(a, AspirationState.REJECTED, why);
        // Nobody will see its photos again: they go with it.
        List<Long> photos = aspirations.photoMedia(a.getId());
        aspirations.removePhotos(a.getId());
        photos.forEach(media::delete);
    }

    /** Shows an aspiration hidden by flags again after review; its flags are cleared. */
    public void restore(long id) {
        user.require(Permission.MODERATE_PARTICIPATION);
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        Aspiration a = aspirations.lock(id);
        if (!a.isHidden()) {
            return;
        }
        aspirations.clearFlags(a.getId());
        a.hide(false, clock.instant());
        showPhotos(a, MediaVisibility.PUBLIC);
    }

    /** An official's answer: one of the answer statuses, with a written response (public). */
    public void answer(long id, @NotNull AspirationState status, String response) {
        user.require(Permission.ANSWER_PARTICIPATION);
        if (!AspirationState.ANSWERS.contains(status)) {
            throw new BusinessException("workflow.notAllowed", "-", status.name());
        }
        String text = Texts.cleanMultiline(response);
        if (text == null) {
            throw new BusinessException("participation.aspiration.response.required");
        }
        if (text.length() > 1000) {
            throw new BusinessException("participation.text.tooLong", 1000);
        }
        changes.record(currentVillage.id(), SUBJECT_CHANGE);
        moveTo(aspirations.lock(id), status, text);
    }

    /**
     * The one way an aspiration changes state (design §4a): checked against {@link
     * AspirationState#FLOW}, recorded with who, when and the note, announced, and told to the people
     * concerned. Callers check the permission, record the village's change first (the village row
     * before the aspiration's, in every path, so two changes never wait on each other) and lock the row.
     */
    void moveTo(Aspiration a, AspirationState to, String note) {
        VillageRef village = currentVillage.require();
        stateChanges.move(
                AspirationState.FLOW,
                a.getId(),
                a.getState(),
                to,
                user.accountId().orElse(null),
                note);
        a.moved(to, note, clock.instant());
        notices.moved(village, a, to, note);
    }

    /** An aspiration's photos are public exactly while the aspiration is: published and not hidden. */
    private void showPhotos(Aspiration a, MediaVisibility to) {
        media.changeVisibility(aspirations.photoMedia(a.getId()), to);
    }

    private Aspiration visibleLocked(long id) {
        Aspiration a = aspirations.lock(id);
        if (!a.isVisible()) {
            throw new NotFoundException();
        }
        return a;
    }

    private void requireStaff() {
        if (!user.can(Permission.MODERATE_PARTICIPATION) && !user.can(Permission.ANSWER_PARTICIPATION)) {
            throw new NotFoundException();
        }
    }

    private Account resident() {
        user.require(Permission.USE_RESIDENT_SERVICES);
        return user.getAccount();
    }

    private Account confirmedResident() {
        Account me = resident();
        residentStatus.requireConfirmed();
        return me;
    }

    private Account supporter() {
        Account me = confirmedResident();
        rateLimiter.attemptByVisitor(Limit.SUPPORT);
        rateLimiter.attemptByAccount(Limit.SUPPORT, me.getEmail());
        return me;
    }
}
