package id.portaldesa.catalogue;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Photos of the current village's products. */
@ApplicationScoped
public class ProductPhotoRepository extends VillageScopedRepository<ProductPhoto> {

    public ProductPhotoRepository() {
        super(ProductPhoto.class);
    }

    public List<ProductPhoto> ofProduct(long productId) {
        return scoped("select e from ProductPhoto e where e.villageId = :village and e.productId = :p"
                        + " order by e.position, e.id")
                .setParameter("p", productId)
                .getResultList();
    }

    public void remove(ProductPhoto photo) {
        if (photo.belongsTo(village())) {
            em.remove(photo);
            // Gone from the database before its media is deleted (the media row is referenced).
            em.flush();
        }
    }
}
