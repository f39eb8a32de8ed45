package id.portaldesa.site.menu;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The current village's menu placements. */
@ApplicationScoped
public class MenuPlacementRepository extends VillageScopedRepository<MenuPlacement> {

    public MenuPlacementRepository() {
        super(MenuPlacement.class);
    }

    public List<MenuPlacement> all() {
        return scoped("select e from MenuPlacement e where e.villageId = :village")
                .getResultList();
    }
}
