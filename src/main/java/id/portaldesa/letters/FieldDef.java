package id.portaldesa.letters;

import java.util.List;

/**
 * One question of a letter type's form. Its answer fills the template's {@code {{isian.<key>}}}.
 *
 * @param key stable within the type, {@code [a-z][a-z0-9_]*}: the placeholder's name
 * @param label shown above the input (Indonesian, as the village wrote it)
 * @param help shown under the input; may be null
 * @param choices the allowed answers of a {@link FieldType#CHOICE}; empty for other types
 * @param prefill a resident placeholder whose value fills the field at first (e.g. {@code
 *     pemohon.pekerjaan}); null for none
 */
public record FieldDef(
        String key, String label, FieldType type, boolean required, String help, List<String> choices, String prefill) {

    public FieldDef {
        choices = List.copyOf(choices == null ? List.of() : choices);
    }
}
