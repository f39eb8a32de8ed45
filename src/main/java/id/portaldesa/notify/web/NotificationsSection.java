package id.portaldesa.notify.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.notify.Notifications;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.seams.PersonalSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The person's latest notifications, on {@code /akun} and {@code /kantor}. */
@ApplicationScoped
public class NotificationsSection implements PersonalSection {

    static final int SHOWN = 10;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentLanguage language;

    /** What the section shows: the newest notifications and how many are unread. */
    public record Model(List<Notifications.Shown> latest, long unread, long total) {}

    @Override
    public Set<Place> places() {
        return Set.of(Place.RESIDENT_HOME, Place.OFFICE_HOME);
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String titleKey() {
        return "notify.list.title";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/notify/list.xhtml";
    }

    @Override
    public Optional<?> model(Place place) {
        if (!user.isLoggedIn() || !village.isPresent()) {
            return Optional.empty();
        }
        var page = notifications.mine(PageRequest.first(SHOWN), language.getLocale());
        return Optional.of(new Model(page.items(), notifications.unread(), page.total()));
    }
}
