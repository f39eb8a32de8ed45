package id.portaldesa.catalogue;

import id.portaldesa.account.PhoneNumbers;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The village's tourist destinations, written by its admin (EDIT_SITE): created as drafts, edited,
 * published and withdrawn, with photos. A new name gives a new address; the old one answers 301.
 */
@ApplicationScoped
@Transactional
public class DestinationService {

    @Inject
    CurrentUser user;

    @Inject
    DestinationRepository destinations;

    @Inject
    DestinationPhotoRepository photos;

    @Inject
    CatalogueOldSlugRepository oldSlugs;

    @Inject
    Photos media;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    Clock clock;

    /** A destination with its photos, for the edit form. */
    public record Edited(Destination destination, List<Photo> photos) {}

    public record Photo(long id, MediaRef media) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Destination> list(@NotNull PageRequest request) {
        user.require(Permission.EDIT_SITE);
        return destinations.page(request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Edited get(long destinationId) {
        user.require(Permission.EDIT_SITE);
        Destination destination = destinations.require(destinationId);
        List<DestinationPhoto> all = photos.ofDestination(destinationId);
        var refs = media.byId(all.stream().map(DestinationPhoto::getMediaId).toList());
        return new Edited(
                destination,
                all.stream()
                        .filter(p -> refs.containsKey(p.getMediaId()))
                        .map(p -> new Photo(p.getId(), refs.get(p.getMediaId())))
                        .toList());
    }

    /** A new destination, not yet public (with a first photo when given). */
    public long create(@NotNull @Valid DestinationDraft draft, Upload photo) {
        user.require(Permission.EDIT_SITE);
        Instant now = clock.instant();
        String slug = slugFor(draft.name(), 0);
        Destination destination = new Destination(currentVillage.id(), slug, draft, phoneOf(draft), now);
        destinations.addNow(destination);
        if (photo != null) {
            addPhoto(destination, photo);
        }
        return destination.getId();
    }

    public void update(long destinationId, @NotNull @Valid DestinationDraft draft, Upload photo) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), CatalogueChanges.DESTINATION);
        Destination destination = destinations.require(destinationId);
        Instant now = clock.instant();
        String slug = destination.getSlug();
        if (!draft.name().equals(destination.getName())) {
            slug = slugFor(draft.name(), destinationId);
            oldSlugs.move(CatalogueOldSlug.DESTINATION, destinationId, destination.getSlug(), slug, now);
        }
        destination.write(slug, draft, phoneOf(draft), now);
        if (photo != null) {
            addPhoto(destination, photo);
        }
    }

    public void removePhoto(long destinationId, long photoId) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), CatalogueChanges.DESTINATION);
        DestinationPhoto photo = photos.find(photoId)
                .filter(p -> p.getDestinationId() == destinationId)
                .orElseThrow(NotFoundException::new);
        destinations.require(destinationId);
        photos.remove(photo);
        media.delete(photo.getMediaId());
    }

    public void publish(long destinationId, boolean published) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), CatalogueChanges.DESTINATION);
        destinations.require(destinationId).publish(published, clock.instant());
    }

    public void delete(long destinationId) {
        user.require(Permission.EDIT_SITE);
        changes.record(currentVillage.id(), CatalogueChanges.DESTINATION);
        Destination destination = destinations.require(destinationId);
        for (DestinationPhoto photo : photos.ofDestination(destinationId)) {
            photos.remove(photo);
            media.delete(photo.getMediaId());
        }
        oldSlugs.removeOf(CatalogueOldSlug.DESTINATION, destinationId);
        destinations.remove(destination);
    }

    private void addPhoto(Destination destination, Upload upload) {
        List<DestinationPhoto> current = photos.ofDestination(destination.getId());
        if (current.size() >= Photos.MAX_PER_ITEM) {
            throw new BusinessException("catalogue.photo.tooMany", Photos.MAX_PER_ITEM);
        }
        MediaRef stored = media.store(upload);
        int position =
                current.stream().mapToInt(DestinationPhoto::getPosition).max().orElse(0) + 1;
        photos.add(new DestinationPhoto(currentVillage.id(), destination.getId(), stored.id(), position));
    }

    private String slugFor(String name, long self) {
        return Slugs.unique(
                name,
                "wisata",
                s -> destinations.slugTaken(s, self) || oldSlugs.heldByOther(CatalogueOldSlug.DESTINATION, s, self));
    }

    private static String phoneOf(DestinationDraft draft) {
        if (draft.contactPhone() == null || draft.contactPhone().isBlank()) {
            return null;
        }
        return PhoneNumbers.normalise(draft.contactPhone(), PhoneNumbers.Kind.PHONE)
                .orElseThrow(() -> new BusinessException("catalogue.destination.phone.invalid"));
    }
}
