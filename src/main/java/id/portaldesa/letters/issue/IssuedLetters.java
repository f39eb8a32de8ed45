package id.portaldesa.letters.issue;

import id.portaldesa.village.VillageScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The current village's issued letters. */
@ApplicationScoped
public class IssuedLetters extends VillageScopedRepository<IssuedLetterRecord> {

    public IssuedLetters() {
        super(IssuedLetterRecord.class);
    }

    public Optional<IssuedLetterRecord> ofRequest(long requestId) {
        return scoped("select e from IssuedLetterRecord e where e.villageId = :village and e.requestId = :request")
                .setParameter("request", requestId)
                .getResultStream()
                .findFirst();
    }

    public void flush() {
        em.flush();
    }
}
