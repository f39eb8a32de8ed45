package id.portaldesa.letters.issue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Indonesian letters print them: {@code 3 Desember 2026}. */
public final class LetterDates {

    private static final String[] MONTHS = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    };

    private LetterDates() {}

    public static String indonesian(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** The date in the visitor's language, for the verification page. */
    public static String in(Locale locale, LocalDate date) {
        return "id".equals(locale.getLanguage())
                ? indonesian(date)
                : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }
}
