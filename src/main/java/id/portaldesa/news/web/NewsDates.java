package id.portaldesa.news.web;

import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates of articles as the village reads them: in its own time zone (WIB, WITA, WIT) and the
 * visitor's language, e.g. "12 Maret 2026" and "12 Maret 2026 09.30 WIB".
 */
@Named("newsDates")
@RequestScoped
public class NewsDates {

    @Inject
    CurrentVillage village;

    @Inject
    CurrentLanguage language;

    public String date(Instant instant) {
        if (instant == null || !village.isPresent()) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale())
                .withZone(village.require().timeZone().zone())
                .format(instant);
    }

    public String dateTime(Instant instant) {
        if (instant == null || !village.isPresent()) {
            return "";
        }
        return date(instant) + " "
                + DateTimeFormatter.ofPattern("HH.mm")
                        .withZone(village.require().timeZone().zone())
                        .format(instant)
                + " " + village.require().timeZone().name();
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
