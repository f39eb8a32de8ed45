package id.portaldesa.media;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The current village's media: what every feature stores uploads with, finds them by id and deletes
 * them. A refused upload is a {@link id.portaldesa.shared.BusinessException} with a message for the
 * person, and leaves nothing behind: not the row, not a file, also when the caller's transaction
 * rolls back later for its own reasons.
 *
 * <p>Features check their own permission first (publishing news, selling, editing the site); storing
 * and deleting here needs someone who belongs to the village: its staff or one of its residents.
 * Features reference a media by a {@code BIGINT} column with a foreign key to {@code media(id)}; to
 * drop one, they clear or delete their own row, then call {@link #delete}.
 */
@ApplicationScoped
@Transactional
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class.getName());

    @Inject
    MediaStore store;

    @Inject
    MediaRepository media;

    @Inject
    MediaFiles files;

    @Inject
    MediaRefs recent;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentUser user;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A picture, its largest variant at most 1280 pixels wide (and twice that high). */
    public MediaRef storeImage(@NotNull Upload upload, @NotNull MediaVisibility visibility) {
        requireMember();
        return store.storeImage(village.id(), upload, visibility, ImagePipeline.MAX_WIDTH, ImagePipeline.MAX_HEIGHT);
    }

    /**
     * A picture that fits a square of {@code maxSide} pixels (at most 1280): a logo, a portrait. Its
     * variants are the standard widths below its own, and its own.
     */
    public MediaRef storeImage(@NotNull Upload upload, @NotNull MediaVisibility visibility, int maxSide) {
        requireMember();
        int side = Math.max(UploadLimits.MIN_SIDE, Math.min(maxSide, ImagePipeline.MAX_WIDTH));
        return store.storeImage(village.id(), upload, visibility, side, side);
    }

    /**
     * A PRIVATE picture sent by a visitor who is not logged in (a guest's complaint photo, issue 9):
     * the calling feature has checked the visitor itself (rate limit, honeypot, email confirmation)
     * and serves the file only after its own permission check ({@link #open}). Same pipeline and
     * limits as {@link #storeImage(Upload, MediaVisibility)}; never public.
     */
    public MediaRef storeGuestImage(@NotNull Upload upload) {
        return store.storeImage(
                village.id(), upload, MediaVisibility.PRIVATE, ImagePipeline.MAX_WIDTH, ImagePipeline.MAX_HEIGHT);
    }

    /** A PDF document, kept as it was sent. */
    public MediaRef storeDocument(@NotNull Upload upload, @NotNull MediaVisibility visibility) {
        requireMember();
        return store.storeDocument(village.id(), upload, visibility);
    }

    /** A media of the current village; another village's id is answered like a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaRef> find(long id) {
        long current = village.id();
        Optional<MediaRef> known = recent.get(id);
        if (known.isPresent()) {
            return known.filter(ref -> ref.villageId() == current);
        }
        Optional<MediaRef> found = media.find(id).map(Media::toRef);
        found.ifPresent(this::remember);
        return found;
    }

    /** The current village's media among these ids, in the order asked for; others are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaRef> findAll(@NotNull Collection<Long> ids) {
        long current = village.id();
        Map<Long, MediaRef> found = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            Optional<MediaRef> known = recent.get(id);
            if (known.isPresent()) {
                known.filter(ref -> ref.villageId() == current).ifPresent(ref -> found.put(id, ref));
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            for (Media row : media.findAll(unknown)) {
                MediaRef ref = row.toRef();
                remember(ref);
                found.put(ref.id(), ref);
            }
        }
        List<MediaRef> ordered = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id != null && found.containsKey(id)) {
                ordered.add(found.get(id));
            }
        }
        return ordered;
    }

    /**
     * Deletes a media of the current village: its row now, its files once that commits. An id that is
     * not the village's (or no longer exists) changes nothing.
     */
    public void delete(long id) {
        requireMember();
        media.find(id).ifPresent(row -> {
            media.remove(row);
            recent.evict(id);
            files.deleteAfterCommit(row.getVillageId(), id);
        });
    }

    /**
     * Makes media of the current village public or private, e.g. an aspiration's photos once it is
     * published, and again when flags hide it. Other villages' ids change nothing. A public picture
     * already fetched may stay in browsers' caches (served {@code immutable}); nobody new gets it.
     */
    public void changeVisibility(@NotNull Collection<Long> ids, @NotNull MediaVisibility to) {
        requireMember();
        if (ids.isEmpty()) {
            return;
        }
        for (Media row : media.findAll(ids)) {
            row.show(to);
            recent.evict(row.getId());
        }
        // A reader between now and the commit may remember the old visibility: forget it again then.
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    ids.forEach(recent::evict);
                }
            });
        }
    }

    /**
     * The bytes of an image variant (the one for {@code width}: {@link MediaRef#variantFor}) or of a
     * document, for a feature that serves its private files itself after its own permission check.
     * A media of another village is not found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InputStream open(@NotNull MediaRef ref, int width) {
        if (ref.villageId() != village.id()) {
            throw new NotFoundException();
        }
        try {
            return files.open(ref, ref.isImage() ? ref.variantFor(width) : 0);
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "The files of media " + ref.id() + " of village " + ref.villageId() + " are missing");
            throw new NotFoundException();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Public media of the current village, for serving by address (no person involved). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaRef> findPublic(long id) {
        return find(id).filter(MediaRef::isPublic);
    }

    /** Only what is committed: a row read inside a transaction may still be rolled back. */
    private void remember(MediaRef ref) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            recent.put(ref);
        }
    }

    /** Staff or a resident of the current village: uploads come from the village's own people. */
    private void requireMember() {
        if (!user.can(Permission.OPEN_OFFICE) && !user.can(Permission.USE_RESIDENT_SERVICES)) {
            throw new NotFoundException();
        }
    }
}
