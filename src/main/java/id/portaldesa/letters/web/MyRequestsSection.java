package id.portaldesa.letters.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.seams.PersonalSection;
import id.portaldesa.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "My requests" on the resident's {@code /akun}: the latest five, and the way to the catalogue. */
@ApplicationScoped
public class MyRequestsSection implements PersonalSection {

    @Inject
    ResidentRequests requests;

    @Inject
    CurrentUser user;

    public record Model(List<ResidentRequests.Summary> latest, long total) {}

    @Override
    public Set<Place> places() {
        return Set.of(Place.RESIDENT_HOME);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "letters.mine.title";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/letters/mine.xhtml";
    }

    @Override
    public Optional<?> model(Place place) {
        if (!user.can(Permission.USE_RESIDENT_SERVICES)) {
            return Optional.empty();
        }
        var page = requests.mine(PageRequest.first(5));
        return Optional.of(new Model(page.items(), page.total()));
    }
}
