package id.portaldesa.participation;

import id.portaldesa.shared.BusinessException;
import java.math.BigDecimal;

/** How typed texts of participation are kept: trimmed, empty as none, line breaks normalised. */
final class Texts {

    private Texts() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    static String cleanMultiline(String text) {
        String s = clean(text);
        return s == null ? null : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static void checkRtRw(String value) {
        if (value != null && !value.matches("\\d{1,3}")) {
            throw new BusinessException("participation.rtRw.invalid");
        }
    }

    static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new BusinessException("participation.coordinates.both");
        }
        if (latitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new BusinessException("participation.coordinates.invalid");
        }
    }
}
