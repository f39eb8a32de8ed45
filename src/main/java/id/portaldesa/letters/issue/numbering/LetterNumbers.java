package id.portaldesa.letters.issue.numbering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Gives a letter its number: which running sequence it counts in (the village's or its type's, of
 * the letter date's year, so numbers start again at 1 every January) and how the number is printed.
 * The sequence itself is given: the database's row-locked one when issuing, a map in tests.
 */
public final class LetterNumbers {

    /** A running sequence: the next number of a year and scope key, never given twice. */
    @FunctionalInterface
    public interface Sequence {
        int next(int year, String scopeKey);
    }

    /** A number given: as printed, and where it was counted. */
    public record Assigned(String number, int year, String scopeKey, int sequenceNumber) {}

    private LetterNumbers() {}

    /**
     * @param date the letter's date in the village's time zone: its year picks the sequence
     */
    public static Assigned assign(
            NumberingSettings settings, String classificationCode, String typeCode, LocalDate date, Sequence sequence) {
        Objects.requireNonNull(date);
        NumberFormat format = settings.validated();
        String scopeKey = settings.scope().keyFor(typeCode);
        int year = date.getYear();
        int next = sequence.next(year, scopeKey);
        String number = format.format(
                new NumberFormat.Values(classificationCode, next, settings.villageCode(), typeCode, date));
        return new Assigned(number, year, scopeKey, next);
    }
}
