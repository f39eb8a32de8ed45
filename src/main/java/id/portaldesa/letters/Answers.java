package id.portaldesa.letters;

import id.portaldesa.shared.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A request's answers to its type's fields: checked as typed, complete when submitted. */
public final class Answers {

    static final int TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 2000;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(?:[.,]\\d{1,4})?");

    private Answers() {}

    /**
     * The answers to keep: trimmed, only the type's fields, each of its kind ({@code letters.answer.*}
     * names the field otherwise); with {@code complete}, every required field answered.
     */
    public static Map<String, String> checked(LetterTypeDefinition type, Map<String, String> given, boolean complete) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            String raw = given.get(f.key());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (complete && f.required()) {
                    throw new BusinessException("letters.answer.required", f.label());
                }
                continue;
            }
            switch (f.type()) {
                case TEXT -> max(f, value, TEXT_MAX);
                case LONG_TEXT -> max(f, value, LONG_TEXT_MAX);
                case NUMBER -> {
                    if (!NUMBER.matcher(value).matches()) {
                        throw new BusinessException("letters.answer.number", f.label());
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new BusinessException("letters.answer.date", f.label());
                    }
                }
                case CHOICE -> {
                    if (!f.choices().contains(value)) {
                        throw new BusinessException("letters.answer.choice", f.label());
                    }
                }
            }
            kept.put(f.key(), value);
        }
        return kept;
    }

    /** An answer as the letter prints it: dates in Indonesian. */
    public static String printed(FieldDef f, String value) {
        if (value == null) {
            return "";
        }
        if (f.type() == FieldType.DATE) {
            try {
                return IndonesianDates.format(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private static void max(FieldDef f, String value, int max) {
        if (value.length() > max) {
            throw new BusinessException("letters.answer.tooLong", f.label(), max);
        }
    }
}
