package id.portaldesa.account;

import id.portaldesa.village.RegionCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks of the 16-digit Indonesian identity numbers: NIK (national ID) and KK (family card).
 * Both start with the six-digit code of the district that issued them, followed by a date (for a
 * NIK the birth date, with 40 added to the day for women; for a KK the issue date) and a serial.
 */
public final class IdentityNumber {

    /** Which number is checked. */
    public enum Kind {
        NIK,
        KK
    }

    private IdentityNumber() {}

    /**
     * @return the i18n key of the first problem found, or empty when the number is plausible
     */
    public static Optional<String> problem(Kind kind, String value, Predicate<RegionCode> districtExists) {
        String prefix = kind == Kind.NIK ? "account.nik." : "account.kk.";
        if (value == null || !value.matches("\\d{16}")) {
            return Optional.of(prefix + "format");
        }
        if (!hasValidDate(kind, value.substring(6, 12)) || value.endsWith("0000")) {
            return Optional.of(prefix + "format");
        }
        if (!districtExists.test(RegionCode.districtFromDigits(value.substring(0, 6)))) {
            return Optional.of(prefix + "region");
        }
        return Optional.empty();
    }

    private static boolean hasValidDate(Kind kind, String ddmmyy) {
        int day = Integer.parseInt(ddmmyy.substring(0, 2));
        int month = Integer.parseInt(ddmmyy.substring(2, 4));
        int year = 2000 + Integer.parseInt(ddmmyy.substring(4, 6));
        if (kind == Kind.NIK && day > 40) {
            day -= 40;
        }
        try {
            // 2000 is a leap year, so 29 February is accepted for any century.
            LocalDate.of(year % 4 == 0 ? year : 2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code 1502024107900004} → {@code 1502••••••••0004}: enough to recognise, not to misuse. */
    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "••••";
        }
        return number.substring(0, 4) + "•".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
