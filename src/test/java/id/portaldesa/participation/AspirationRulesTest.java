package id.portaldesa.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.BusinessException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aspiration's moves, what a draft must hold, and how typed text is shown. */
class AspirationRulesTest {

    @Test
    void anAspirationIsModeratedBeforeItCanBeAnswered() {
        var flow = AspirationState.FLOW;
        assertTrue(flow.allows(null, AspirationState.SUBMITTED));
        assertFalse(flow.allows(null, AspirationState.PUBLISHED), "nothing starts public");
        assertFalse(flow.allows(AspirationState.SUBMITTED, AspirationState.DONE), "answered only once published");
        assertTrue(flow.allows(AspirationState.PUBLISHED, AspirationState.PLANNED));
        assertTrue(flow.allows(AspirationState.PLANNED, AspirationState.DONE));
        assertFalse(flow.allows(AspirationState.DONE, AspirationState.IN_PROGRESS), "done is final");
        assertFalse(flow.allows(AspirationState.REJECTED, AspirationState.PUBLISHED), "rejected is final");
        assertFalse(AspirationState.SUBMITTED.isPublic());
        assertFalse(AspirationState.REJECTED.isPublic());
        assertTrue(AspirationState.NOT_FEASIBLE.isPublic());
    }

    @Test
    void aDraftIsRefusedWithAClearMessage() {
        assertEquals(
                "participation.aspiration.title.required",
                refusal(new AspirationDraft("  ", "x", Category.HEALTH, null, null, null, null, null)));
        assertEquals(
                "participation.category.required",
                refusal(new AspirationDraft("Judul", "Isi", null, null, null, null, null, null)));
        assertEquals(
                "participation.rtRw.invalid",
                refusal(new AspirationDraft("Judul", "Isi", Category.HEALTH, null, "12a", null, null, null)));
        assertEquals(
                "participation.coordinates.both",
                refusal(new AspirationDraft("Judul", "Isi", Category.HEALTH, null, null, null, BigDecimal.ONE, null)));
        assertEquals(
                "participation.coordinates.invalid",
                refusal(new AspirationDraft(
                        "Judul", "Isi", Category.HEALTH, null, null, null, BigDecimal.valueOf(91), BigDecimal.ONE)));
        assertEquals(
                "participation.text.tooLong",
                refusal(new AspirationDraft("x".repeat(151), "Isi", Category.HEALTH, null, null, null, null, null)));
        AspirationDraft fine = new AspirationDraft(
                        " Jalan ", "Isi\r\nbaris", Category.INFRASTRUCTURE, "", "3", "12", null, null)
                .checked();
        assertEquals("Jalan", fine.title());
        assertEquals("Isi\nbaris", fine.description());
        assertEquals(null, fine.dusun());
    }

    @Test
    void textIsShownAsItsLinesNeverAsMarkup() {
        assertEquals(List.of("<b>satu</b>", "dua"), Paragraphs.of("<b>satu</b>\r\n\r\n dua "));
        assertEquals(List.of(), Paragraphs.of(null));
    }

    @Test
    void categoriesAndStatusesAreParsedOnlyFromTheirCodes() {
        assertEquals(Category.HEALTH, Category.parse("health").orElseThrow());
        assertTrue(Category.parse("HEALTH' or 1=1").isEmpty());
        assertTrue(AspirationState.parse("done").isPresent());
        assertTrue(AspirationState.parse("x").isEmpty());
    }

    private static String refusal(AspirationDraft draft) {
        return assertThrows(BusinessException.class, draft::checked).getMessageKey();
    }
}
