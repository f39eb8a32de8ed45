package id.portaldesa.site;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Logos stored before media existed ({@link VillageLogo}); at most one per village. */
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

    /** Every village that still has one, across villages: for moving them onto media at start. */
    List<Long> villagesWithLegacyLogos() {
        return em.createQuery("select e.villageId from VillageLogo e order by e.villageId", Long.class)
                .getResultList();
    }

    /** Locks the current village's old logo row until commit: one node moves it, the others find it gone. */
    Optional<VillageLogo> lockCurrent() {
        return scoped("select e from VillageLogo e where e.villageId = :village")
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
