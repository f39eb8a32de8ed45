package id.portaldesa.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {

    static final AtomFeed.Feed FEED = new AtomFeed.Feed(
            "https://kungkai.desa.id/berita/feed.xml",
            "Berita Kungkai",
            null,
            "https://kungkai.desa.id/berita/feed.xml",
            "https://kungkai.desa.id/berita",
            "id",
            Instant.parse("2026-03-12T02:30:00Z"));

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static AtomFeed.Entry entry(String title, String html) {
        return new AtomFeed.Entry(
                "https://kungkai.desa.id/berita/panen-raya",
                title,
                "Ringkasan & <catatan>",
                html,
                "Admin \"Kungkai\"",
                "Kegiatan Warga",
                Instant.parse("2026-03-10T01:00:00Z"),
                Instant.parse("2026-03-11T01:00:00.123Z"));
    }

    @Test
    void aWellFormedAtomFeedWithAbsoluteLinks() throws Exception {
        String xml = AtomFeed.write(FEED, List.of(entry("Panen Raya", "<p>Isi <strong>berita</strong></p>")));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        Document doc = parse(xml);
        Element feed = doc.getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals(AtomFeed.ATOM, feed.getNamespaceURI());
        assertEquals("id", feed.getAttribute("xml:lang"));
        NodeList links = doc.getElementsByTagNameNS(AtomFeed.ATOM, "link");
        assertEquals(3, links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            assertTrue(((Element) links.item(i)).getAttribute("href").startsWith("https://"), xml);
        }
        Element entry =
                (Element) doc.getElementsByTagNameNS(AtomFeed.ATOM, "entry").item(0);
        assertEquals("Panen Raya", text(entry, "title"));
        assertEquals("2026-03-10T01:00:00Z", text(entry, "published"));
        assertEquals("2026-03-11T01:00:00Z", text(entry, "updated"));
        assertEquals("Admin \"Kungkai\"", text(entry, "name"));
        assertEquals("Ringkasan & <catatan>", text(entry, "summary"));
        Element content =
                (Element) entry.getElementsByTagNameNS(AtomFeed.ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p>Isi <strong>berita</strong></p>", content.getTextContent(), "HTML travels escaped");
        assertFalse(xml.contains("<p>Isi"), "no raw markup inside the feed: " + xml);
    }

    @Test
    void whateverStaffTypedTheFeedStaysWellFormed() throws Exception {
        String nasty = "Judul <script>alert(1)</script> ]]> &amp; & \u0000\u0001\u000b\uFFFE 🎉 \"'";
        String xml = AtomFeed.write(FEED, List.of(entry(nasty, nasty), entry("Dua", "")));
        Document doc = parse(xml);
        Element entry =
                (Element) doc.getElementsByTagNameNS(AtomFeed.ATOM, "entry").item(0);
        assertEquals("Judul <script>alert(1)</script> ]]> &amp; &  🎉 \"'", text(entry, "title"));
        assertFalse(xml.contains("<script>"), xml);
        assertEquals(2, doc.getElementsByTagNameNS(AtomFeed.ATOM, "entry").getLength());
    }

    @Test
    void anEmptyFeedIsStillAFeed() throws Exception {
        Document doc = parse(AtomFeed.write(FEED, List.of()));
        assertEquals(0, doc.getElementsByTagNameNS(AtomFeed.ATOM, "entry").getLength());
        assertEquals("2026-03-12T02:30:00Z", text(doc.getDocumentElement(), "updated"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.ATOM, name).item(0).getTextContent();
    }
}
