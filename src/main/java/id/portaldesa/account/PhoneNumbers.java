package id.portaldesa.account;

import java.util.Optional;

/**
 * Indonesian phone numbers as people type them ({@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 62812…}, {@code (021) 5551234}) normalised to one stored form, {@code +628123457890}, so a
 * number is written once and can be linked ({@code tel:}, {@code wa.me}) without guessing.
 */
public final class PhoneNumbers {

    /** What the number is for: any phone, or a mobile number that can have WhatsApp. */
    public enum Kind {
        PHONE,
        MOBILE
    }

    private PhoneNumbers() {}

    /**
     * @return the number as {@code +62…}, or empty when it is not an Indonesian number of this kind
     *     (blank input is not a number either: callers treat blank as "no number")
     */
    public static Optional<String> normalise(String input, Kind kind) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.strip().replaceAll("[\\s.()\\-]", "");
        String national;
        if (compact.startsWith("+62")) {
            national = compact.substring(3);
        } else if (compact.startsWith("+")) {
            return Optional.empty(); // another country
        } else if (compact.startsWith("62")) {
            national = compact.substring(2);
        } else if (compact.startsWith("0")) {
            national = compact.substring(1);
        } else {
            national = compact;
        }
        // After the trunk prefix: an area code (2..9, e.g. 21 Jakarta, 741 Jambi) or 8 for mobiles.
        if (!national.matches("[2-9]\\d{6,11}")) {
            return Optional.empty();
        }
        boolean mobile = national.startsWith("8");
        if (mobile && (national.length() < 9 || national.length() > 12)) {
            return Optional.empty();
        }
        if (kind == Kind.MOBILE && !mobile) {
            return Optional.empty();
        }
        return Optional.of("+62" + national);
    }

    /** {@code +6281234567890} → {@code 0812-3456-7890}: how Indonesians read a number. */
    public static String display(String normalised) {
        if (normalised == null || !normalised.startsWith("+62")) {
            return normalised;
        }
        String local = "0" + normalised.substring(3);
        if (local.startsWith("08") && local.length() >= 10) {
            return local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
        }
        return local;
    }
}
