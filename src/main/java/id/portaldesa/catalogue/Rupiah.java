package id.portaldesa.catalogue;

import id.portaldesa.shared.BusinessException;
import java.util.Optional;

/**
 * Prices in rupiah as Indonesians write them: {@code Rp15.000}, with a dot between thousands and no
 * decimals (the rupiah has no sen in use). Prices are kept as whole rupiah in a {@code long}.
 */
public final class Rupiah {

    /** More than anything a village sells (a hundred billion rupiah): a typo, not a price. */
    public static final long MAX = 100_000_000_000L;

    private Rupiah() {}

    /** {@code 15000} → {@code Rp15.000}; {@code 0} → {@code Rp0}. */
    public static String format(long amount) {
        if (amount < 0) {
            return "-" + format(-amount);
        }
        String digits = Long.toString(amount);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return "Rp" + grouped;
    }

    /** For pages: a nullable amount, empty text for none. */
    public static String formatOrEmpty(Long amount) {
        return amount == null ? "" : format(amount);
    }

    /**
     * A price as people type it: {@code 15000}, {@code 15.000}, {@code Rp 15.000}, {@code rp15.000,00}.
     * Dots (and spaces) group thousands; a comma starts decimals, which must be zero.
     *
     * @return empty for blank input
     * @throws BusinessException {@code catalogue.price.invalid} for anything else
     */
    public static Optional<Long> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceFirst("(?i)^rp\\.?", "").replaceAll("[\\s.\u00a0]", "");
        int comma = text.indexOf(',');
        if (comma >= 0) {
            if (!text.substring(comma + 1).matches("0{1,2}")) {
                throw new BusinessException("catalogue.price.invalid");
            }
            text = text.substring(0, comma);
        }
        if (!text.matches("\\d{1,12}")) {
            throw new BusinessException("catalogue.price.invalid");
        }
        long amount = Long.parseLong(text);
        if (amount > MAX) {
            throw new BusinessException("catalogue.price.invalid");
        }
        return Optional.of(amount);
    }
}
