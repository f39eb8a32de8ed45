package id.portaldesa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCsvTest {

    static List<AdminCsv.Row> parse(String text) {
        return AdminCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommaSeparatedRowsAndSkipsTheHeader() {
        List<AdminCsv.Row> rows =
                parse("code,name,email\n15.02.02.2004,Kungkai,a@x.id\n15.02.02.2024, Sungai Kapas ,b@x.id\n");
        assertEquals(2, rows.size());
        assertEquals(new AdminCsv.Row(2, "15.02.02.2004", "Kungkai", "a@x.id", null), rows.get(0));
        assertEquals("Sungai Kapas", rows.get(1).name(), "fields are trimmed");
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void aSeparatorAtTheEndOfALineAddsNoColumn() {
        List<AdminCsv.Row> rows = parse("15.02.02.2004;Kungkai;a@x.id;\r\n15.02.02.2024;Sungai Kapas;b@x.id;x\r\n");
        assertEquals(new AdminCsv.Row(1, "15.02.02.2004", "Kungkai", "a@x.id", null), rows.get(0));
        assertEquals("regency.csv.row.columns", rows.get(1).problem(), "a fourth value is still refused");
    }

    @Test
    void withoutHeaderTheFirstRowIsData() {
        List<AdminCsv.Row> rows = parse("15.02.02.2004,Kungkai,a@x.id");
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).line());
    }

    @Test
    void readsSemicolonsAsSpreadsheetsInIndonesianLocaleWriteThem() {
        List<AdminCsv.Row> rows = parse("Kode;Nama;Surel\r\n15.02.02.2004;Kungkai, Bangko;a@x.id\r\n");
        assertEquals(1, rows.size());
        assertEquals("Kungkai, Bangko", rows.get(0).name(), "a comma is data when semicolons separate");
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
        List<AdminCsv.Row> rows = parse("\"15.02.02.2004\",\"Kungkai, \"\"Desa\"\"\",a@x.id\n"
                + "15.01.01.2001,\"Dua\nBaris\",b@x.id\n15.01.01.2002,Tiga,c@x.id");
        assertEquals("Kungkai, \"Desa\"", rows.get(0).name());
        assertEquals("Dua\nBaris", rows.get(1).name());
        assertEquals(4, rows.get(2).line(), "line numbers count the line break inside quotes");
    }

    @Test
    void byteOrderMarkBlankLinesAndDiacriticsAreHandled() {
        List<AdminCsv.Row> rows = parse("\uFEFFcode,name,email\n\n15.02.02.2004,Désa Ümbul,a@x.id\n   \n");
        assertEquals(1, rows.size());
        assertEquals("Désa Ümbul", rows.get(0).name());
    }

    @Test
    void rowsWithTooFewOrTooManyColumnsAreReportedNotDropped() {
        List<AdminCsv.Row> rows =
                parse("15.02.02.2004,Kungkai\n15.02.02.2024,Sungai Kapas,b@x.id,extra\n15.02.02.2004,,c@x.id");
        assertEquals(3, rows.size());
        assertEquals("regency.csv.row.columns", rows.get(0).problem());
        assertEquals("regency.csv.row.columns", rows.get(1).problem());
        assertTrue(rows.get(2).wellFormed(), "an empty name is allowed");
        assertNull(rows.get(2).problem());
    }

    @Test
    void refusesEmptyFilesNonUtf8AndUnclosedQuotes() {
        assertEquals("regency.csv.empty", key(() -> AdminCsv.parse(new byte[0])));
        assertEquals("regency.csv.empty", key(() -> parse("code,name,email\n")));
        byte[] latin1 = "15.02.02.2004,D\u00e9sa,a@x.id".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("regency.csv.encoding", key(() -> AdminCsv.parse(latin1)));
        assertEquals("regency.csv.unclosedQuote", key(() -> parse("15.02.02.2004,\"Kungkai,a@x.id\n")));
    }

    @Test
    void refusesMoreThanTheRowLimitAndTooLargeFiles() {
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < AdminCsv.MAX_ROWS; i++) {
            ok.append("15.02.02.2004,,a").append(i).append("@x.id\n");
        }
        assertEquals(AdminCsv.MAX_ROWS, parse(ok.toString()).size());
        assertEquals("regency.csv.tooManyRows", key(() -> parse(ok + "15.02.02.2004,,last@x.id\n")));
        assertEquals("regency.csv.tooLarge", key(() -> AdminCsv.parse(new byte[AdminCsv.MAX_BYTES + 1])));
    }

    @Test
    void separatorIsWhatTheFirstLineUsesMost() {
        assertEquals(';', AdminCsv.separatorOf("a;b;c\nx,y"));
        assertEquals(',', AdminCsv.separatorOf("a,b,c"));
        assertEquals(',', AdminCsv.separatorOf("abc"));
    }

    @Test
    void villageNamesCompareWithoutCaseAccentsOrTheWordDesa() {
        assertTrue(VillageAdminInvitations.sameName("desa  KUNGKAI", "Kungkai"));
        assertTrue(VillageAdminInvitations.sameName("Sungai-Kapas", "Sungai Kapas"));
        assertTrue(VillageAdminInvitations.sameName("Tambáng Emas", "Tambang Emas"));
        assertFalse(VillageAdminInvitations.sameName("Sungai Kapas", "Kungkai"));
    }

    static String key(Runnable parse) {
        return assertThrows(BusinessException.class, parse::run).getMessageKey();
    }
}
