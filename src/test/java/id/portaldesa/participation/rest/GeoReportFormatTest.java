package id.portaldesa.participation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The two formats of a GeoReport v2 answer, against the specification's own examples. */
class GeoReportFormatTest {

    static String fixture(String name) throws Exception {
        try (InputStream in = GeoReportFormatTest.class.getResourceAsStream("/open311/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    @Test
    void aServiceDefinitionHasTheSpecificationsNestingInXml() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", "123");
        value.put("name", "Ford");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("key", "124");
        other.put("name", "Chrysler");
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", "WHISHETN");
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", true);
        attribute.put("datatype_description", null);
        attribute.put("order", 1);
        attribute.put("description", "What is the ticket/tag/DL number?");
        attribute.put("values", List.of(value, other));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", "DMV66");
        definition.put("attributes", List.of(attribute));

        String ours = GeoReportFormat.xml("service_definition", definition);
        assertTrue(ours.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), ours);
        Element expected = xml(fixture("service_definition.xml")).selectFirst("service_definition");
        Element got = xml(ours).selectFirst("service_definition");
        assertEquals(structure(expected), structure(got));
    }

    @Test
    void errorsAreAListOfCodeAndDescriptionInBothFormats() throws Exception {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 403);
        error.put("description", "Invalid api_key received -- can't proceed with create_request.");
        assertEquals(
                structure(xml(fixture("errors.xml")).selectFirst("errors")),
                structure(xml(GeoReportFormat.xml("errors", List.of(error))).selectFirst("errors")));
        assertEquals(
                fixture("errors.json").replaceAll("\\s+", ""),
                GeoReportFormat.json(List.of(error)).replaceAll("\\s+", ""));
    }

    @Test
    void textIsEscapedInXml() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("description", "</description><script>alert(1)</script>&");
        String ours = GeoReportFormat.xml("service_requests", List.of(r));
        assertEquals(
                "</description><script>alert(1)</script>&",
                xml(ours)
                        .selectFirst("service_requests > request > description")
                        .text());
        assertTrue(xml(ours).select("script").isEmpty(), ours);
    }

    /** The element names in document order, with their depth: the shape, not the values. */
    static String structure(Element e) {
        StringBuilder out = new StringBuilder();
        walk(e, 0, out);
        return out.toString();
    }

    private static void walk(Element e, int depth, StringBuilder out) {
        out.append(" ".repeat(depth)).append(e.tagName()).append('\n');
        for (Element c : e.children()) {
            walk(c, depth + 1, out);
        }
    }
}
