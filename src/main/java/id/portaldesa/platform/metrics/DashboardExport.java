package id.portaldesa.platform.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The regency dashboard as a file, written line by line to the response ({@link Sheet}): CSV (RFC
 * 4180, UTF-8 with a byte order mark so spreadsheets read the names right, every text that a
 * spreadsheet would take for a formula defused with a leading apostrophe) and XLSX. The XLSX is
 * written here, a few XML parts in a zip: one sheet of numbers and inline strings (which a
 * spreadsheet never evaluates), too small a need for a library (Apache POI alone is 15 MB; fastexcel
 * is not among the packages vetted for this build).
 */
public final class DashboardExport {

    private DashboardExport() {}

    /** The header and rows of the export; durations in hours with one decimal. */
    public static List<List<Object>> table(List<VillageRow> rows, List<String> header) {
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(header));
        for (VillageRow r : rows) {
            table.add(line(r));
        }
        return table;
    }

    /** One village's line of the export. */
    public static List<Object> line(VillageRow r) {
        List<Object> line = new ArrayList<>();
        line.add(r.getCode());
        line.add(r.getName());
        line.add(r.getDistrictName());
        line.add(r.getLettersReceived());
        line.add(r.getLettersIssued());
        line.add(hours(r.getLettersMedian()));
        line.add(hours(r.getLettersP90()));
        line.add(hours(r.getLettersMedianNet()));
        line.add(r.getLettersChange());
        line.add(r.getComplaintsReceived());
        line.add(r.getComplaintsResolved());
        line.add(hours(r.getFirstResponse()));
        line.add(r.getWithinTarget());
        line.add(r.getOverdue());
        line.add(r.getAspirationsReceived());
        line.add(r.getAspirationsAnswered());
        line.add(r.getAspirationsAccepted());
        return line;
    }

    /** A file written line by line straight to its stream (the response): never whole in memory. */
    public interface Sheet extends java.io.Closeable {
        void line(List<Object> values) throws IOException;
    }

    /** CSV written as it goes; {@link Sheet#close()} flushes and closes the stream. */
    public static Sheet csv(java.io.OutputStream out) throws IOException {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        return new Sheet() {
            @Override
            public void line(List<Object> values) throws IOException {
                for (int i = 0; i < values.size(); i++) {
                    w.write(i == 0 ? "" : ",");
                    w.write(csvField(values.get(i)));
                }
                w.write("\r\n");
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /** XLSX written as it goes: the fixed parts first, then the sheet's rows as they come. */
    public static Sheet xlsx(java.io.OutputStream out, String sheetName) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        fixedParts(zip, sheetName);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        return new Sheet() {
            private int r;

            @Override
            public void line(List<Object> values) throws IOException {
                r++;
                w.write(row(r, values));
            }

            @Override
            public void close() throws IOException {
                w.write("</sheetData></worksheet>");
                w.flush();
                zip.closeEntry();
                zip.close();
            }
        };
    }

    static Double hours(Long seconds) {
        return seconds == null ? null : Math.round(seconds / 360.0) / 10.0;
    }

    public static byte[] csv(List<List<Object>> table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Sheet sheet = csv(bytes)) {
            for (List<Object> line : table) {
                sheet.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A field: numbers as they are; text quoted when needed, and defused when it starts like a
     * formula ({@code = + - @}, tab or carriage return), as OWASP's CSV injection advice says.
     */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        // Quoted at ; too: spreadsheets in locales whose list separator is ; (Indonesian) split there.
        return v.contains(",") || v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? '"' + v.replace("\"", "\"\"") + '"'
                : v;
    }

    public static byte[] xlsx(String sheetName, List<List<Object>> table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Sheet sheet = xlsx(bytes, sheetName)) {
            for (List<Object> line : table) {
                sheet.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void fixedParts(ZipOutputStream zip, String sheetName) throws IOException {
        put(
                zip,
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
        put(
                zip,
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        put(
                zip,
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"" + xml(sheetName)
                        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        put(
                zip,
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
    }

    /** One sheet row (1-based {@code r}): numbers as numbers, text as inline strings (never formulas). */
    static String row(int r, List<Object> line) {
        StringBuilder sheet = new StringBuilder();
        sheet.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < line.size(); c++) {
            Object v = line.get(c);
            if (v == null) {
                continue;
            }
            String ref = column(c) + r;
            if (v instanceof Number) {
                sheet.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
            } else {
                sheet.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(xml(v.toString()))
                        .append("</t></is></c>");
            }
        }
        return sheet.append("</row>").toString();
    }

    /** A, B, …, Z, AA, AB … */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Text for XML, with characters XML 1.0 cannot hold left out. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
