package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the back office shows the letters' pages to this person (the navigation asks). */
@Named
@RequestScoped
public class LetterNav {

    @Inject
    LetterOffice office;

    private Boolean works;

    /** Holds a letter permission: the inbox, the register, the counter are theirs. */
    public boolean isWorksOnLetters() {
        if (works == null) {
            works = office.worksOnLetters();
        }
        return works;
    }
}
