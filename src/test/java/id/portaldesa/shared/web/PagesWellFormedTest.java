package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Facelets parses pages as XML: a page or tag file that is not well-formed fails only when opened. */
class PagesWellFormedTest {

    @Test
    void everyPageAndTagFileIsWellFormedXml() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(pages.isEmpty());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path page : pages) {
            try {
                factory.newDocumentBuilder().parse(page.toFile());
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError(page + ": " + e.getMessage(), e);
            }
        }
    }
}
