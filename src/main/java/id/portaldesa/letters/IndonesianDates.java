package id.portaldesa.letters;

import java.time.LocalDate;

/** Dates as Indonesian letters print them: {@code 1 Desember 2026}, whatever the reader's language. */
public final class IndonesianDates {

    private static final String[] MONTHS = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    };

    private IndonesianDates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
