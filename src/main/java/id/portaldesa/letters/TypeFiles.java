package id.portaldesa.letters;

import id.portaldesa.shared.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Letter type definitions as JSON: the export file a village shares, the shipped types' resource files
 * and the fields and attachments columns. Reading never trusts the file: anything unexpected is
 * {@code letters.type.file.invalid}, and what was read is then checked by {@link TypeRules}.
 */
public final class TypeFiles {

    /** The format marker of an exported type; a file without it is not a letter type. */
    public static final String FORMAT = "portal-desa/letter-type@1";

    /** An exported type is small: a larger upload is refused before it is parsed. */
    public static final int MAX_FILE_BYTES = 256 * 1024;

    private TypeFiles() {}

    public static String export(LetterTypeDefinition d) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("code", d.code())
                .add("name", d.name());
        optional(o, "description", d.description());
        o.add("classificationCode", d.classificationCode());
        if (d.validityDays() != null) {
            o.add("validityDays", d.validityDays());
        }
        o.add("usualDays", d.usualDays())
                .add("fields", fieldsArray(d.fields()))
                .add("attachments", attachmentsArray(d.attachments()))
                .add("template", d.template());
        return pretty(o.build());
    }

    /** Reads an exported file (or a shipped one, whose template may come from beside it). */
    public static LetterTypeDefinition read(byte[] bytes, String templateIfAbsent) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new BusinessException("letters.type.file.tooLarge", MAX_FILE_BYTES / 1024);
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonObject o = reader.readObject();
            if (!FORMAT.equals(o.getString("format", null))) {
                throw new BusinessException("letters.type.file.invalid");
            }
            String template = o.containsKey("template") ? o.getString("template") : templateIfAbsent;
            return new LetterTypeDefinition(
                    o.getString("code", null),
                    o.getString("name", null),
                    o.getString("description", null),
                    o.getString("classificationCode", null),
                    o.containsKey("validityDays") && !o.isNull("validityDays") ? o.getInt("validityDays") : null,
                    o.getInt("usualDays", 1),
                    fields(o.getJsonArray("fields")),
                    attachments(o.getJsonArray("attachments")),
                    template);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new BusinessException("letters.type.file.invalid");
        }
    }

    public static String fieldsJson(List<FieldDef> fields) {
        return compact(fieldsArray(fields));
    }

    public static String attachmentsJson(List<AttachmentDef> attachments) {
        return compact(attachmentsArray(attachments));
    }

    public static List<FieldDef> fields(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fields(reader.readArray());
        }
    }

    public static List<AttachmentDef> attachments(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return attachments(reader.readArray());
        }
    }

    /** Answers of a request: field key to text. */
    public static String answersJson(Map<String, String> answers) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        answers.forEach((k, v) -> {
            if (v != null) {
                o.add(k, v);
            }
        });
        return compact(o.build());
    }

    public static Map<String, String> answers(String json) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            reader.readObject().forEach((k, v) -> {
                if (v instanceof JsonString s) {
                    answers.put(k, s.getString());
                }
            });
        }
        return answers;
    }

    private static List<FieldDef> fields(JsonArray array) {
        List<FieldDef> fields = new ArrayList<>();
        if (array == null) {
            return fields;
        }
        for (JsonValue v : array) {
            JsonObject f = v.asJsonObject();
            List<String> choices = new ArrayList<>();
            JsonArray c = f.getJsonArray("choices");
            if (c != null) {
                c.forEach(x -> choices.add(((JsonString) x).getString()));
            }
            fields.add(new FieldDef(
                    f.getString("key", null),
                    f.getString("label", null),
                    FieldType.valueOf(f.getString("type", "TEXT")),
                    f.getBoolean("required", false),
                    f.getString("help", null),
                    choices,
                    f.getString("prefill", null)));
        }
        return fields;
    }

    private static List<AttachmentDef> attachments(JsonArray array) {
        List<AttachmentDef> attachments = new ArrayList<>();
        if (array == null) {
            return attachments;
        }
        for (JsonValue v : array) {
            JsonObject a = v.asJsonObject();
            attachments.add(new AttachmentDef(
                    a.getString("key", null),
                    a.getString("label", null),
                    a.getBoolean("required", false),
                    a.getString("help", null)));
        }
        return attachments;
    }

    private static JsonArray fieldsArray(List<FieldDef> fields) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldDef f : fields) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("key", f.key())
                    .add("label", f.label())
                    .add("type", f.type().name())
                    .add("required", f.required());
            optional(o, "help", f.help());
            if (!f.choices().isEmpty()) {
                JsonArrayBuilder choices = Json.createArrayBuilder();
                f.choices().forEach(choices::add);
                o.add("choices", choices);
            }
            optional(o, "prefill", f.prefill());
            array.add(o);
        }
        return array.build();
    }

    private static JsonArray attachmentsArray(List<AttachmentDef> attachments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AttachmentDef a : attachments) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("key", a.key())
                    .add("label", a.label())
                    .add("required", a.required());
            optional(o, "help", a.help());
            array.add(o);
        }
        return array.build();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static String compact(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    private static String pretty(JsonObject value) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip() + "\n";
    }
}
