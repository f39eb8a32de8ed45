package id.portaldesa.site.web;

import id.portaldesa.shared.seams.Sitemap;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The village's {@code /sitemap.xml}: the pages of every feature's {@link
 * id.portaldesa.shared.seams.SitemapSource}, as absolute addresses on the village's own site.
 */
@Named
@RequestScoped
public class SitemapPage {

    /** Facelets drops the XML declaration of a page; the sitemap writes it itself. */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** One {@code <url>}: its absolute address and, when known, its last change (W3C date-time). */
    public record Url(String loc, String lastModified) {}

    @Inject
    CurrentVillage village;

    @Inject
    Sitemap sitemap;

    @Inject
    VillageLinks links;

    private List<Url> urls;

    public String getXmlDeclaration() {
        return XML_DECLARATION;
    }

    public List<Url> getUrls() {
        if (urls == null) {
            VillageRef v = village.require();
            urls = sitemap.entries().stream()
                    .map(e -> new Url(
                            locOf(v, e),
                            e.lastModified() == null
                                    ? null
                                    : e.lastModified()
                                            .truncatedTo(ChronoUnit.SECONDS)
                                            .toString()))
                    .toList();
        }
        return urls;
    }

    /** The entry's clean address on the village's own site, built by the one link helper. */
    private String locOf(VillageRef v, SitemapEntry e) {
        String[] parameters = e.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(p -> Stream.of(p.getKey(), p.getValue()))
                .toArray(String[]::new);
        return links.page(v, e.viewId(), parameters);
    }
}
