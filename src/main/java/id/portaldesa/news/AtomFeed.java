package id.portaldesa.news;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A village's news as an Atom 1.0 feed (RFC 4287), written by an XML writer so that every title,
 * name and text is escaped and the document is always well-formed, whatever staff typed (characters
 * XML cannot carry at all are dropped). Every link is absolute; an entry's text is its sanitised HTML
 * as escaped {@code type="html"} content.
 */
public final class AtomFeed {

    public static final String CONTENT_TYPE = "application/atom+xml";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The feed itself: {@code id} and links absolute, {@code updated} the newest change (now when empty). */
    public record Feed(
            String id,
            String title,
            String subtitle,
            String selfUrl,
            String siteUrl,
            String language,
            Instant updated) {}

    /** One article; {@code html} is sanitised and its links and pictures absolute. */
    public record Entry(
            String url,
            String title,
            String summary,
            String html,
            String author,
            String category,
            Instant published,
            Instant updated) {}

    private AtomFeed() {}

    public static String write(Feed feed, List<Entry> entries) {
        StringWriter out = new StringWriter(8192 + entries.size() * 4096);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            if (feed.language() != null) {
                xml.writeAttribute("xml:lang", feed.language());
            }
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            if (feed.subtitle() != null && !feed.subtitle().isBlank()) {
                text(xml, "subtitle", feed.subtitle());
            }
            text(xml, "updated", date(feed.updated()));
            link(xml, "self", CONTENT_TYPE, feed.selfUrl());
            link(xml, "alternate", "text/html", feed.siteUrl());
            xml.writeStartElement("generator");
            xml.writeCharacters("Portal Desa");
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.url());
                text(xml, "title", entry.title());
                link(xml, "alternate", "text/html", entry.url());
                text(xml, "published", date(entry.published()));
                text(xml, "updated", date(entry.updated() == null ? entry.published() : entry.updated()));
                xml.writeStartElement("author");
                text(xml, "name", entry.author() == null || entry.author().isBlank() ? feed.title() : entry.author());
                xml.writeEndElement();
                if (entry.category() != null) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", clean(entry.category()));
                }
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    text(xml, "summary", entry.summary());
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(clean(entry.html()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Feed could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private static String date(Instant instant) {
        return (instant == null ? Instant.EPOCH : instant)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /** Only characters XML 1.0 allows: a control character typed into a title must not break the feed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
