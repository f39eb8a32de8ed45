package id.portaldesa.letters;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The scans of requests on the media pipeline: a picture or a PDF (told apart by content, checked,
 * stripped and capped by media), always PRIVATE. A scan's row goes before its media (the row points to
 * it), and media removes the files only once the transaction commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LetterScans {

    @Inject
    MediaService media;

    @Inject
    LetterAttachmentRepository attachments;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Attaches a scan for one of the type's documents, replacing the one attached for it before. */
    public void attach(LetterRequest r, LetterTypeDefinition type, String requirement, Upload upload) {
        AttachmentDef needed = type.attachment(requirement).orElseThrow(NotFoundException::new);
        if (upload.isEmpty()) {
            throw new BusinessException("letters.attachment.empty", needed.label());
        }
        byte[] b = upload.bytes();
        boolean pdf = b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
        MediaRef stored = pdf
                ? media.storeDocument(upload, MediaVisibility.PRIVATE)
                : media.storeImage(upload, MediaVisibility.PRIVATE);
        for (LetterAttachment old : attachments.ofRequest(r.getId())) {
            if (old.getRequirement().equals(requirement)) {
                remove(old);
            }
        }
        attachments.add(new LetterAttachment(
                r.getVillageId(),
                r.getId(),
                requirement,
                stored.id(),
                stored.fileName(),
                stored.contentType(),
                stored.size(),
                clock.instant()));
    }

    /** Removes a scan and its media. */
    public void remove(LetterAttachment a) {
        Long mediaId = a.getMediaId();
        attachments.remove(a);
        em.flush();
        if (mediaId != null) {
            media.delete(mediaId);
        }
    }

    /** Deletes a scan's media at retention; the row stays with its name and size. */
    public void purge(LetterAttachment a) {
        Long mediaId = a.getMediaId();
        if (mediaId == null) {
            return;
        }
        a.purged(clock.instant());
        em.flush();
        media.delete(mediaId);
    }
}
