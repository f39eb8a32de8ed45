package id.portaldesa.letters;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Attachments of the current village's requests. */
@ApplicationScoped
public class LetterAttachmentRepository extends VillageScopedRepository<LetterAttachment> {

    public LetterAttachmentRepository() {
        super(LetterAttachment.class);
    }

    public List<LetterAttachment> ofRequest(long requestId) {
        return scoped(
                        "select e from LetterAttachment e where e.villageId = :village and e.requestId = :r order by e.id")
                .setParameter("r", requestId)
                .getResultList();
    }

    public void remove(LetterAttachment attachment) {
        if (attachment.belongsTo(village())) {
            em.remove(attachment);
        }
    }
}
