package id.portaldesa.platform.metrics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The server-drawn charts and the durations in words. */
class BarChartTest {

    @Test
    void oneBarPerValueScaledToTheLargestWithTheTitleEscaped() {
        String svg = BarChart.svg(
                "Surat <b>\"&'", List.of("Jan", "Feb", "Mar"), List.of(new long[] {0, 5, 10}, new long[] {1, 2, 3}));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains("<title>Surat &lt;b&gt;&quot;&amp;&#39;</title>"), svg);
        assertEquals(6, svg.split("<rect ").length - 1, svg);
        // The largest value reaches the top (y 16, height 134); nothing is negative or outside.
        assertTrue(svg.contains("y=\"16.0\"") && svg.contains("height=\"134.0\""), svg);
        assertFalse(svg.contains("style="), "no style attributes (CSP)");
        assertFalse(svg.contains("<script"), svg);
    }

    @Test
    void nothingToDrawStillDrawsAnAxis() {
        String svg = BarChart.svg("Kosong", List.of("Jan"), List.of(new long[] {0}));
        assertTrue(svg.contains("<line "), svg);
        assertTrue(svg.contains("height=\"0.0\""), svg);
    }

    @Test
    void durationsInMinutesHoursOrDays() {
        Locale id = Locale.forLanguageTag("id");
        assertEquals("–", Durations.text(null, id));
        assertEquals("1 menit", Durations.text(10L, id));
        assertEquals("45 menit", Durations.text(45 * 60L, id));
        assertEquals("1,5 jam", Durations.text(90 * 60L, id));
        assertEquals("47 jam", Durations.text(47 * 3600L, id));
        assertEquals("2 hari", Durations.text(48 * 3600L, id));
        assertEquals("2.5 days", Durations.text(60 * 3600L, Locale.ENGLISH));
    }
}
