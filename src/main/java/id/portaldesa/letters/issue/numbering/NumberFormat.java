package id.portaldesa.letters.issue.numbering;

import id.portaldesa.shared.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A village's letter number format, e.g. {@code [kode_surat]/[nomor,3]/[kode_desa]/[bulan_romawi]/[tahun]}
 * → {@code 400.12.2.1/012/KGK/XII/2026}. Placeholders in square brackets ({@link Part}), everything else
 * printed as written. Parsed once when the village saves it, so a format that cannot number letters
 * (unknown placeholder, no running number) is refused with a message instead of failing at signing.
 */
public final class NumberFormat {

    /** The default of the issue: classification code, running number of 3 digits, village code, month, year. */
    public static final String DEFAULT = "[kode_surat]/[nomor,3]/[kode_desa]/[bulan_romawi]/[tahun]";

    public static final int MAX_LENGTH = 120;

    /** The digits a running number is padded to at most ({@code [nomor,6]}). */
    public static final int MAX_WIDTH = 6;

    /** What a format may print between placeholders. */
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9 ./\\-_]*");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\[\\],]*)(?:,([^\\[\\]]*))?]");

    /** The placeholders, by the name written in brackets. */
    public enum Part {
        /** The letter type's classification code (kode klasifikasi), e.g. 400.12.2.1. */
        KODE_SURAT("kode_surat"),
        /** The running number; {@code [nomor,3]} pads it with zeros to 3 digits. */
        NOMOR("nomor"),
        /** The village's short code (setting), e.g. KGK. */
        KODE_DESA("kode_desa"),
        /** The letter type's own code, e.g. SKD. */
        KODE_JENIS("kode_jenis"),
        /** The month of the letter's date, 01 to 12. */
        BULAN("bulan"),
        /** The month in Roman numerals, I to XII. */
        BULAN_ROMAWI("bulan_romawi"),
        /** The year, four digits. */
        TAHUN("tahun");

        private final String written;

        Part(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        static Part of(String written) {
            return Arrays.stream(values())
                    .filter(p -> p.written.equals(written))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A literal text or a placeholder (with its width for the running number, else 0). */
    private record Piece(String literal, Part part, int width) {}

    /** What a number is made of. */
    public record Values(String classificationCode, int number, String villageCode, String typeCode, LocalDate date) {}

    private final String pattern;
    private final List<Piece> pieces;

    private NumberFormat(String pattern, List<Piece> pieces) {
        this.pattern = pattern;
        this.pieces = List.copyOf(pieces);
    }

    /**
     * @throws BusinessException with a message naming what is wrong (and the valid placeholders)
     */
    public static NumberFormat parse(String pattern) {
        String text = pattern == null ? "" : pattern.strip();
        if (text.isEmpty()) {
            throw new BusinessException("letters.issue.format.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessException("letters.issue.format.tooLong", MAX_LENGTH);
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        int numbers = 0;
        while (m.find()) {
            literal(text.substring(at, m.start()), pieces);
            Part part = Part.of(m.group(1).strip());
            if (part == null) {
                throw new BusinessException("letters.issue.format.unknown", "[" + m.group(1) + "]", validList());
            }
            int width = 0;
            if (m.group(2) != null) {
                if (part != Part.NOMOR) {
                    throw new BusinessException("letters.issue.format.unknown", m.group(), validList());
                }
                width = width(m.group(2).strip());
            }
            if (part == Part.NOMOR) {
                numbers++;
            }
            pieces.add(new Piece(null, part, width));
            at = m.end();
        }
        literal(text.substring(at), pieces);
        if (numbers == 0) {
            throw new BusinessException("letters.issue.format.noNumber");
        }
        if (numbers > 1) {
            throw new BusinessException("letters.issue.format.twoNumbers");
        }
        return new NumberFormat(text, pieces);
    }

    private static void literal(String text, List<Piece> pieces) {
        if (text.isEmpty()) {
            return;
        }
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            throw new BusinessException("letters.issue.format.brackets");
        }
        if (!LITERAL.matcher(text).matches()) {
            String bad = text.codePoints()
                    .filter(c ->
                            !LITERAL.matcher(new String(Character.toChars(c))).matches())
                    .mapToObj(c -> new String(Character.toChars(c)))
                    .findFirst()
                    .orElse("?");
            throw new BusinessException("letters.issue.format.character", bad);
        }
        pieces.add(new Piece(text, null, 0));
    }

    private static int width(String digits) {
        int width;
        try {
            width = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            width = -1;
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new BusinessException("letters.issue.format.width", MAX_WIDTH);
        }
        return width;
    }

    /** The placeholders a format may use, for messages: {@code [kode_surat], [nomor] or [nomor,3], …}. */
    public static String validList() {
        return Arrays.stream(Part.values())
                .map(p -> p == Part.NOMOR ? "[nomor], [nomor,3]" : "[" + p.written() + "]")
                .collect(Collectors.joining(", "));
    }

    /** The format as the village wrote it (trimmed). */
    public String pattern() {
        return pattern;
    }

    public boolean uses(Part part) {
        return pieces.stream().anyMatch(p -> p.part() == part);
    }

    /** The letter number for these values. */
    public String format(Values values) {
        Objects.requireNonNull(values.date());
        StringBuilder number = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.literal() != null) {
                number.append(piece.literal());
                continue;
            }
            number.append(
                    switch (piece.part()) {
                        case KODE_SURAT -> nonNull(values.classificationCode());
                        case NOMOR -> padded(values.number(), piece.width());
                        case KODE_DESA -> nonNull(values.villageCode());
                        case KODE_JENIS -> nonNull(values.typeCode());
                        case BULAN -> String.format("%02d", values.date().getMonthValue());
                        case BULAN_ROMAWI -> RomanMonths.of(values.date().getMonthValue());
                        case TAHUN -> String.valueOf(values.date().getYear());
                    });
        }
        return number.toString();
    }

    /** Zero-padded to the width; a number that outgrows it is printed whole ({@code 1000} for width 3). */
    static String padded(int number, int width) {
        String digits = String.valueOf(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
