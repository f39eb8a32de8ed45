package id.portaldesa.site.web;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's {@code /sitemap.xml}: a sitemap index naming every active village's own sitemap,
 * paged ({@link SitemapIndex}). Built once per page and per change of the village directory, so a
 * crawler reading it often costs nothing.
 */
@Named
@ApplicationScoped
public class SitemapIndexPage {

    static final String PAGE_PARAMETER = "hal";

    @Inject
    VillageDirectory directory;

    @Inject
    VillageLinks links;

    private record Built(long revision, String xml) {}

    private final Map<Integer, Built> built = new ConcurrentHashMap<>();

    /** The index page the request asks for ({@code ?hal=}), as XML; 404 beyond the last. */
    public String getXml() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(PAGE_PARAMETER);
        int page;
        try {
            page = asked == null ? 1 : Integer.parseInt(asked);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        return xmlOf(page);
    }

    String xmlOf(int page) {
        long revision = directory.revision();
        Built kept = built.get(page);
        if (kept != null && kept.revision() == revision) {
            return kept.xml();
        }
        List<VillageRef> villages = directory.search("", Integer.MAX_VALUE);
        if (page < 1 || page > SitemapIndex.pages(villages.size(), SitemapIndex.PAGE_SIZE)) {
            throw new NotFoundException();
        }
        List<String> urls = SitemapIndex.page(villages, page, SitemapIndex.PAGE_SIZE).stream()
                .map(v -> links.page(v, SiteRoutes.SITEMAP_VIEW))
                .toList();
        String xml = SitemapIndex.xml(urls);
        built.put(page, new Built(revision, xml));
        return xml;
    }

    /** How many index pages there are now. */
    public int pageCount() {
        return SitemapIndex.pages(directory.activeCount(), SitemapIndex.PAGE_SIZE);
    }
}
