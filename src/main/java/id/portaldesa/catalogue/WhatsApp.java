package id.portaldesa.catalogue;

import id.portaldesa.account.PhoneNumbers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WhatsApp numbers and {@code wa.me} links. A number is kept as wa.me wants it: the country code and
 * the number, digits only ({@code 6281234567890}), normalised from what people type ({@code
 * 0812-3456-7890}, {@code +62 812 3456 7890}, {@code 62812…}) by the account feature's {@link
 * PhoneNumbers}. A number that is not an Indonesian mobile number is refused when it is saved, so a
 * link built from a stored number always works.
 */
public final class WhatsApp {

    private static final Pattern STORED = Pattern.compile("628\\d{8,11}");

    private WhatsApp() {}

    /** {@code 0812-3456-7890} → {@code 6281234567890}; empty when it is no Indonesian mobile number. */
    public static Optional<String> normalise(String typed) {
        return PhoneNumbers.normalise(typed, PhoneNumbers.Kind.MOBILE).map(n -> n.substring(1));
    }

    /** Whether a value is a number in the stored form. */
    public static boolean isStored(String number) {
        return number != null && STORED.matcher(number).matches();
    }

    /** {@code 6281234567890} → {@code 0812-3456-7890}, how people read it. */
    public static String display(String number) {
        return isStored(number) ? PhoneNumbers.display("+" + number) : "";
    }

    /**
     * A link that opens a chat with the number, the message typed in already: {@code
     * https://wa.me/6281234567890?text=…}.
     *
     * @throws IllegalArgumentException for a number not in the stored form (never a broken link)
     */
    public static String chat(String number, String message) {
        if (!isStored(number)) {
            throw new IllegalArgumentException("Not a stored WhatsApp number");
        }
        return "https://wa.me/" + number + "?text=" + encode(message);
    }

    /** A link that lets the visitor pick whom to send the message to (sharing a page). */
    public static String share(String message) {
        return "https://wa.me/?text=" + encode(message);
    }

    /** Percent-encoding for a query value; spaces as {@code %20}, which every WhatsApp client reads. */
    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
