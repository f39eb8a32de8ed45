package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterCatalogue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /surat}: the letters the village offers, from memory. */
@Named("letterCataloguePage")
@RequestScoped
public class CataloguePage {

    @Inject
    LetterCatalogue catalogue;

    public List<LetterCatalogue.Entry> getEntries() {
        return catalogue.entries();
    }
}
