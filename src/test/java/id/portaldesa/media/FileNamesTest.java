package id.portaldesa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameIsKeptReadableAndHarmless() {
        assertEquals("IMG_2041.JPG", FileNames.clean("C:\\Users\\Budi\\DCIM\\IMG_2041.JPG"));
        assertEquals("foto.jpg", FileNames.clean("/home/budi/foto.jpg"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("Perdes No. 3 Tahun 2026.pdf", FileNames.clean("  Perdes   No. 3\tTahun 2026.pdf "));
        assertEquals("a.pdf Set-Cookie x=1", FileNames.clean("a.pdf\r\nSet-Cookie: x=1"));
        assertEquals("Kegiatan gotong royong 🌾.jpg", FileNames.clean("Kegiatan gotong royong 🌾.jpg"));
        assertEquals("htaccess", FileNames.clean(".htaccess"));
        assertEquals("berkas", FileNames.clean(""));
        assertEquals("berkas", FileNames.clean(null));
        assertEquals("berkas", FileNames.clean("\u202e\u0000"));
        assertEquals("gpj.exe", FileNames.clean("\u202egpj.exe"), "no right-to-left override");
        String longName = "a".repeat(300) + ".pdf";
        assertEquals(200, FileNames.clean(longName).length());
        assertTrue(FileNames.clean(longName).endsWith(".pdf"));
    }

    @Test
    void aDownloadNameCannotBreakOutOfItsHeader() {
        String header = FileNames.attachment("Perdes \"APBDes\" 2026 – final.pdf");
        assertTrue(header.startsWith("attachment; filename=\"Perdes _APBDes_ 2026 _ final.pdf\"; "), header);
        assertTrue(header.endsWith("filename*=UTF-8''Perdes%20%22APBDes%22%202026%20%E2%80%93%20final.pdf"), header);
        assertFalse(FileNames.attachment("a\r\nb.pdf").contains("\n"));
        assertEquals("laporan.pdf", FileNames.withExtension("laporan", "pdf"));
        assertEquals("Laporan.PDF", FileNames.withExtension("Laporan.PDF", "pdf"));
    }
}
