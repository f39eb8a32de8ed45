package id.portaldesa.letters.issue.numbering;

import id.portaldesa.shared.BusinessException;
import java.util.Locale;
import java.util.Objects;

/**
 * How a village numbers and prints its letters: the number format, which letters share a running
 * number, the paper, and the village code used in numbers.
 */
public record NumberingSettings(String format, SequenceScope scope, Paper paper, String villageCode) {

    public NumberingSettings {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(paper);
        format = format == null ? "" : format.strip();
        villageCode = villageCode == null ? "" : villageCode.strip().toUpperCase(Locale.ROOT);
    }

    /** What a village that never changed its settings uses. */
    public static NumberingSettings defaultsFor(String villageName) {
        return new NumberingSettings(
                NumberFormat.DEFAULT, SequenceScope.VILLAGE, Paper.A4, VillageCodes.suggest(villageName));
    }

    /**
     * The parsed format, after checking the settings together.
     *
     * @throws BusinessException with the message for the form
     */
    public NumberFormat validated() {
        NumberFormat parsed = NumberFormat.parse(format);
        if (!VillageCodes.VALID.matcher(villageCode).matches()) {
            throw new BusinessException("letters.issue.villageCode.invalid");
        }
        // Each type counts from 1: without the type (or its classification) in the number, two types
        // would print the same number.
        if (scope == SequenceScope.TYPE
                && !parsed.uses(NumberFormat.Part.KODE_JENIS)
                && !parsed.uses(NumberFormat.Part.KODE_SURAT)) {
            throw new BusinessException("letters.issue.format.typeScope");
        }
        return parsed;
    }
}
