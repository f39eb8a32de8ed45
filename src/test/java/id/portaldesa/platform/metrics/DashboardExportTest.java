package id.portaldesa.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV and XLSX: a village name never becomes a formula in a spreadsheet. */
class DashboardExportTest {

    static final Figures LETTERS = new Figures(10, 8, 8, 0, 0, 0, 7200L, 36000L, 3600L, 30000L, null);

    static VillageRow row(String name) {
        return new VillageRow(
                1, "15.02.02.2004", name, "kungkai", "Bangko", LETTERS, Figures.NONE, Figures.NONE, 5, 0, 2, true);
    }

    @Test
    void csvDefusesFormulasAndQuotes() {
        byte[] csv = DashboardExport.csv(DashboardExport.table(
                List.of(row("=HYPERLINK(\"http://x\",\"klik\")"), row("@SUM(A1)"), row("Kungkai, Baru")),
                List.of("kode", "nama")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFkode,nama\r\n"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""), text);
        assertTrue(text.contains(",'@SUM(A1),"), text);
        assertTrue(text.contains(",\"Kungkai, Baru\","), text);
        // Numbers stay numbers: a negative change is not defused.
        assertEquals("-13", DashboardExport.csvField(-13L));
        assertEquals("'-13", DashboardExport.csvField("-13"));
        assertEquals("'\tx", DashboardExport.csvField("\tx"));
        // A spreadsheet set to Indonesian (or any locale whose list separator is ;) splits an
        // unquoted field at ;, and the piece after it starts a cell of its own: a formula.
        assertEquals("\"Kampung;=1+1\"", DashboardExport.csvField("Kampung;=1+1"));
        // Durations in hours: 7200 s → 2.0 h.
        assertTrue(text.contains(",10,8,2.0,10.0,1.0,100,"), text);
    }

    @Test
    void xlsxHoldsTextAsInlineStringsNeverAsFormulas() throws IOException {
        byte[] xlsx = DashboardExport.xlsx(
                "Kinerja", DashboardExport.table(List.of(row("=1+1 <b>&")), List.of("kode", "nama")));
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.keySet()
                .containsAll(List.of(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml")));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>=1+1 &lt;b&gt;&amp;</t></is></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"D2\"><v>10</v></c>"), sheet);
        assertFalse(sheet.contains("<f>"), sheet);
    }

    @Test
    void columnNames() {
        assertEquals("A", DashboardExport.column(0));
        assertEquals("Z", DashboardExport.column(25));
        assertEquals("AA", DashboardExport.column(26));
        assertEquals("AZ", DashboardExport.column(51));
        assertEquals("BA", DashboardExport.column(52));
    }

    /** Counts what reached it; keeps nothing. */
    static final class Counting extends java.io.OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void bothFilesReachTheirStreamAsTheyAreWrittenNotAtTheEnd() throws IOException {
        Counting csvOut = new Counting();
        Counting xlsxOut = new Counting();
        try (DashboardExport.Sheet csv = DashboardExport.csv(csvOut);
                DashboardExport.Sheet xlsx = DashboardExport.xlsx(xlsxOut, "Kinerja")) {
            for (int i = 0; i < 5000; i++) {
                List<Object> line = DashboardExport.line(row("Desa " + i));
                csv.line(line);
                xlsx.line(line);
            }
            assertTrue(csvOut.bytes > 200_000, "the CSV is out before its end: " + csvOut.bytes);
            assertTrue(xlsxOut.bytes > 10_000, "the XLSX too: " + xlsxOut.bytes);
        }
    }
}
