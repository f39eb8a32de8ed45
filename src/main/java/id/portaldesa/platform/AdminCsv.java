package id.portaldesa.platform;

import id.portaldesa.shared.BusinessException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the file a platform or regency admin uploads to invite many village admins at once: one
 * row per invitation with the columns village code, village name and email. UTF-8 (a byte-order mark
 * is skipped), separated by commas or semicolons (whichever the first line uses; spreadsheets in an
 * Indonesian locale write semicolons), fields may be quoted with {@code "} and doubled {@code ""}
 * inside. A first row naming the columns is skipped. Blank lines are ignored. Only the shape is
 * checked here; what a row means is checked row by row when it is imported.
 */
public final class AdminCsv {

    public static final int MAX_ROWS = 2_000;
    public static final int MAX_BYTES = 512 * 1024;

    private static final Set<String> HEADER_NAMES = Set.of("code", "kode", "kode desa", "kode wilayah");

    /** One data row, with its line number in the file (1-based) and its fields trimmed. */
    public record Row(int line, String code, String name, String email, String problem) {

        public boolean wellFormed() {
            return problem == null;
        }
    }

    private AdminCsv() {}

    public static List<Row> parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BusinessException("regency.csv.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new BusinessException("regency.csv.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("regency.csv.encoding");
        }
        return parse(text);
    }

    static List<Row> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        char separator = separatorOf(text);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString().trim());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString().trim());
                addRecord(records, lines, fields, recordLine);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BusinessException("regency.csv.unclosedQuote", recordLine);
        }
        fields.add(field.toString().trim());
        addRecord(records, lines, fields, recordLine);

        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (r == 0 && HEADER_NAMES.contains(record.get(0).toLowerCase(Locale.ROOT))) {
                continue;
            }
            rows.add(toRow(lines.get(r), record));
        }
        if (rows.isEmpty()) {
            throw new BusinessException("regency.csv.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new BusinessException("regency.csv.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> fields, int line) {
        boolean blank = fields.stream().allMatch(String::isEmpty);
        if (!blank) {
            records.add(fields);
            lines.add(line);
        }
    }

    private static Row toRow(int line, List<String> read) {
        // Spreadsheets often end each line with a separator: empty trailing fields are not columns.
        List<String> fields = new java.util.ArrayList<>(read);
        while (fields.size() > 3 && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != 3) {
            return new Row(
                    line,
                    fields.get(0),
                    fields.size() > 1 ? fields.get(1) : "",
                    fields.size() > 2 ? fields.get(2) : "",
                    "regency.csv.row.columns");
        }
        return new Row(line, fields.get(0), fields.get(1), fields.get(2), null);
    }

    /** The separator the first line uses: a semicolon if it has more of them than commas. */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
