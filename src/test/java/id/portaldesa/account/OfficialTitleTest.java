package id.portaldesa.account;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OfficialTitleTest {

    @Test
    void a_desa_has_a_kepala_desa_and_a_kelurahan_a_lurah() {
        assertFalse(OfficialTitle.isKelurahan("15.02.02.2004"));
        assertTrue(OfficialTitle.isKelurahan("15.02.02.1001"));
        assertEquals("Kepala Desa Kungkai", OfficialTitle.suggest(Position.HEAD, null, "15.02.02.2004", "KUNGKAI"));
        // The official list's names as written: Roman numerals and mixed-case words are kept.
        assertEquals(
                "Kepala Desa Kuta Cingkam II",
                OfficialTitle.suggest(Position.HEAD, null, "11.02.01.2008", "Kuta Cingkam II"));
        assertEquals(
                "Kepala Desa Kuta Cingkam II",
                OfficialTitle.suggest(Position.HEAD, null, "11.02.01.2008", "KUTA CINGKAM II"));
        assertEquals(
                "Kepala Desa Pulo Ie VII", OfficialTitle.suggest(Position.HEAD, null, "11.01.10.2020", "Pulo Ie vii"));
        assertEquals("Kepala Desa McKenzie", OfficialTitle.suggest(Position.HEAD, null, "11.01.10.2020", "McKenzie"));
        assertEquals("Lurah Pasar Atas", OfficialTitle.suggest(Position.HEAD, null, "15.02.02.1001", "pasar atas"));
        assertEquals(
                "Sekretaris Kelurahan Pasar Atas",
                OfficialTitle.suggest(Position.SECRETARY, null, "15.02.02.1001", "Pasar Atas"));
        assertEquals("Kepala Dusun", OfficialTitle.suggest(Position.HAMLET_HEAD, null, "15.02.02.2004", "Kungkai"));
    }

    @Test
    void an_acting_holder_is_printed_as_such() {
        assertEquals(
                "Plt. Kepala Desa Sungai Kapas",
                OfficialTitle.suggest(Position.HEAD, Acting.PLT, "15.02.02.2024", "Sungai Kapas"));
        assertEquals("Pj. Lurah Talang", OfficialTitle.suggest(Position.HEAD, Acting.PJ, "15.02.02.1002", "Talang"));
        assertEquals(
                "Plt. Kaur Keuangan",
                OfficialTitle.of(Position.KAUR, Acting.PLT, " Kaur Keuangan ", "15.02.02.2004", "K"));
        assertEquals("Pj. Kepala Desa X", OfficialTitle.of(Position.HEAD, Acting.PLT, "Pj. Kepala Desa X", "1", "x"));
        assertEquals("Kaur Umum", OfficialTitle.of(Position.KAUR, null, "Kaur Umum", "15.02.02.2004", "K"));
    }
}
