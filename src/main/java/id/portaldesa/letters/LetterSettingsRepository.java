package id.portaldesa.letters;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The current village's letter settings row, if it changed any. */
@ApplicationScoped
public class LetterSettingsRepository extends VillageScopedRepository<LetterSettings> {

    public LetterSettingsRepository() {
        super(LetterSettings.class);
    }

    public Optional<LetterSettings> current() {
        return scoped("select e from LetterSettings e where e.villageId = :village")
                .getResultStream()
                .findFirst();
    }
}
