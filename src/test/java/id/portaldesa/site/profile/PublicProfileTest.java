package id.portaldesa.site.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicProfileTest {

    private static PublicProfile withTexts(String history, String mission) {
        return new PublicProfile(
                new ProfileDetails(null, history, null, mission, null, null, null, null, null, null, null),
                null,
                List.of(),
                null);
    }

    @Test
    void the_mission_is_one_point_per_line_without_the_admins_bullets() {
        assertEquals(
                List.of("Pelayanan cepat", "Ekonomi warga", "Sungai lestari"),
                withTexts(null, "1. Pelayanan cepat\n- Ekonomi warga\n\n  • Sungai lestari  ")
                        .missionPoints());
    }

    @Test
    void the_history_is_in_paragraphs_separated_by_blank_lines() {
        assertEquals(
                List.of("Awal mula desa di tepi sungai.", "Kini desa tumbuh."),
                withTexts("Awal mula desa\ndi tepi sungai.\n\n \nKini desa tumbuh.", null)
                        .historyParagraphs());
        assertEquals(List.of(), withTexts(null, null).historyParagraphs());
    }
}
