package id.portaldesa.media;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The current village's media rows. */
@ApplicationScoped
public class MediaRepository extends VillageScopedRepository<Media> {

    public MediaRepository() {
        super(Media.class);
    }

    List<Media> findAll(Collection<Long> ids) {
        return scoped("select e from Media e where e.villageId = :village and e.id in :ids")
                .setParameter("ids", ids)
                .getResultList();
    }

    void remove(Media media) {
        if (media.belongsTo(village())) {
            em.remove(media);
        }
    }

    /** Assigns the id now: the files are stored under it before the transaction ends. */
    void flush() {
        em.flush();
    }
}
