package id.portaldesa.letters;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Printings of the current village's letters. */
@ApplicationScoped
public class LetterPrintRepository extends VillageScopedRepository<LetterPrint> {

    public LetterPrintRepository() {
        super(LetterPrint.class);
    }

    public List<LetterPrint> ofRequest(long requestId) {
        return scoped("select e from LetterPrint e where e.villageId = :village and e.requestId = :r order by e.id")
                .setParameter("r", requestId)
                .getResultList();
    }
}
