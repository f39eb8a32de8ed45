package id.portaldesa.catalogue;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Photos of the current village's destinations. */
@ApplicationScoped
public class DestinationPhotoRepository extends VillageScopedRepository<DestinationPhoto> {

    public DestinationPhotoRepository() {
        super(DestinationPhoto.class);
    }

    public List<DestinationPhoto> ofDestination(long destinationId) {
        return scoped("select e from DestinationPhoto e where e.villageId = :village and e.destinationId = :d"
                        + " order by e.position, e.id")
                .setParameter("d", destinationId)
                .getResultList();
    }

    public void remove(DestinationPhoto photo) {
        if (photo.belongsTo(village())) {
            em.remove(photo);
            // Gone from the database before its media is deleted (the media row is referenced).
            em.flush();
        }
    }
}
