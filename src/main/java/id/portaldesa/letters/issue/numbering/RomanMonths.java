package id.portaldesa.letters.issue.numbering;

/** Months as Roman numerals, the way Indonesian letter numbers write them: I for January … XII for December. */
public final class RomanMonths {

    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private RomanMonths() {}

    /** @param month 1 to 12 */
    public static String of(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No month " + month);
        }
        return NUMERALS[month - 1];
    }
}
