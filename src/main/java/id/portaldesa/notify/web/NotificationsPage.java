package id.portaldesa.notify.web;

import id.portaldesa.notify.Notifications;
import id.portaldesa.village.VillageClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The notifications list's actions and formatting, wherever a page shows it. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    Notifications notifications;

    @Inject
    VillageClock villageClock;

    @Inject
    id.portaldesa.shared.i18n.CurrentLanguage language;

    public void markAllRead() {
        notifications.markAllRead();
    }

    public String at(Instant instant) {
        var time = villageClock.current();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .format(time.localTimeOf(instant));
    }
}
