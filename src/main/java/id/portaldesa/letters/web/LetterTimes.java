package id.portaldesa.letters.web;

import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.village.VillageClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times on letters pages in the village's own time zone, and how long something has waited. */
@Named("letterTime")
@RequestScoped
public class LetterTimes {

    @Inject
    VillageClock villageClock;

    @Inject
    CurrentLanguage language;

    @Inject
    Clock clock;

    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        var time = villageClock.current();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .format(time.localTimeOf(instant))
                + " " + time.timeZone().name();
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale())
                .format(villageClock.current().dateOf(instant));
    }

    /** "3 hari", "5 jam", "12 menit": how long since. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, clock.instant());
        if (d.toDays() >= 1) {
            return language.text("letters.age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return language.text("letters.age.hours", d.toHours());
        }
        return language.text("letters.age.minutes", Math.max(0, d.toMinutes()));
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : Math.max(1, bytes / 1024) + " KB";
    }
}
