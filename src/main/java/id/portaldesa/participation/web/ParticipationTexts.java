package id.portaldesa.participation.web;

import id.portaldesa.participation.AspirationState;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.Labels;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The village's words for categories and statuses, and times in the village's zone, for pages. */
@Named("participation")
@RequestScoped
public class ParticipationTexts {

    @Inject
    Labels labels;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentLanguage language;

    @Inject
    VillageClock villageClock;

    public String category(Category c) {
        return c == null ? "" : labels.category(village.id(), c, language.getLocale());
    }

    public String state(AspirationState s) {
        return s == null ? "" : labels.state(village.id(), s, language.getLocale());
    }

    /** A label by its bundle key, in the village's words where it renamed it. */
    public String label(String key) {
        return labels.text(village.id(), key, language.getLocale());
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale())
                .format(villageClock.current().dateOf(instant));
    }

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
}
