package id.portaldesa.letters.issue.numbering;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class NumberingRepository extends VillageScopedRepository<LetterNumbering> {

    public NumberingRepository() {
        super(LetterNumbering.class);
    }

    public Optional<LetterNumbering> current() {
        return scoped("select e from LetterNumbering e where e.villageId = :village")
                .getResultStream()
                .findFirst();
    }
}
