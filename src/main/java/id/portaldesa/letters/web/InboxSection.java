package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterOffice;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.seams.PersonalSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What waits for this official, on {@code /kantor}: the oldest five and how many in all. */
@ApplicationScoped
public class InboxSection implements PersonalSection {

    @Inject
    LetterOffice office;

    public record Model(List<LetterOffice.InboxRow> oldest, long total) {}

    @Override
    public Set<Place> places() {
        return Set.of(Place.OFFICE_HOME);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "letters.inbox.title";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/letters/inbox.xhtml";
    }

    @Override
    public Optional<?> model(Place place) {
        if (!office.worksOnLetters()) {
            return Optional.empty();
        }
        var page = office.inbox(PageRequest.first(5));
        return Optional.of(new Model(page.items(), page.total()));
    }
}
