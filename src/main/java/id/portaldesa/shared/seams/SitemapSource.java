package id.portaldesa.shared.seams;

import java.util.List;

/**
 * The public pages a feature adds to the current village's {@code /sitemap.xml}: the home page, each
 * published article, product and destination. Found through CDI by {@link Sitemap}; implement as an
 * {@code @ApplicationScoped} bean that lists only the current village's records (its repositories
 * see no other village).
 */
public interface SitemapSource {

    List<SitemapEntry> entries();
}
