package id.portaldesa.site;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The current village's logo; there is at most one. */
@ApplicationScoped
public class LogoRepository extends VillageScopedRepository<VillageLogo> {

    public LogoRepository() {
        super(VillageLogo.class);
    }

    public Optional<VillageLogo> current() {
        return scoped("select e from VillageLogo e where e.villageId = :village")
                .getResultStream()
                .findFirst();
    }

    public void remove(VillageLogo logo) {
        if (logo.belongsTo(village())) {
            em.remove(logo);
        }
    }
}
