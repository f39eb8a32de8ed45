package id.portaldesa.site.web;

import java.util.List;

/**
 * The platform's sitemap index, paged: one index file names at most {@value #PAGE_SIZE} sitemaps
 * (the sitemap protocol's limit), and 83,762 villages need two. Page 1 is {@code /sitemap.xml},
 * page n is {@code /sitemap.xml?hal=n}; robots.txt names every page.
 */
public final class SitemapIndex {

    public static final int PAGE_SIZE = 50_000;

    private SitemapIndex() {}

    /** How many index pages {@code count} sitemaps fill; at least one, so the first always exists. */
    public static int pages(int count, int pageSize) {
        return Math.max(1, (count + pageSize - 1) / pageSize);
    }

    /** The sitemaps of page {@code page} (from 1); empty beyond the last page. */
    public static <T> List<T> page(List<T> all, int page, int pageSize) {
        if (page < 1) {
            return List.of();
        }
        long first = (long) (page - 1) * pageSize;
        if (first >= all.size()) {
            return List.of();
        }
        return all.subList((int) first, (int) Math.min(all.size(), first + pageSize));
    }

    /** The XML of one index page, the addresses escaped for XML. */
    public static String xml(List<String> sitemapUrls) {
        StringBuilder xml = new StringBuilder(64 + sitemapUrls.size() * 80);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : sitemapUrls) {
            xml.append("<sitemap><loc>").append(escape(url)).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
