package id.portaldesa.letters;

import id.portaldesa.shared.seams.KindNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A letter request's kind is its type's code; its name is the one the village's catalogue shows. */
@ApplicationScoped
public class LetterKindNames implements KindNames {

    @Inject
    LetterCatalogue catalogue;

    @Override
    public String subjectType() {
        return LetterState.FLOW.subject();
    }

    @Override
    public Optional<String> nameOf(String kind) {
        return catalogue.entry(kind).map(LetterCatalogue.Entry::name);
    }
}
