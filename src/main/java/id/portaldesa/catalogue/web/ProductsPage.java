package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.CatalogueSnapshot;
import id.portaldesa.catalogue.Listing;
import id.portaldesa.catalogue.ProductCatalogue;
import id.portaldesa.catalogue.PublicCatalogue;
import id.portaldesa.catalogue.PublicCategory;
import id.portaldesa.catalogue.PublicProduct;
import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.web.CacheableViews;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public product catalogue, {@code /produk?kategori=&q=&hal=}: a category, a search within the
 * catalogue and paging, all from memory. A category's list and its later pages are kept rendered at
 * their own addresses, as the links write them; a search is rendered for each visitor.
 */
@Named
@RequestScoped
public class ProductsPage {

    public static final int PAGE_SIZE = 12;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    HttpServletRequest request;

    private CatalogueSnapshot snapshot;
    private String category;
    private String query;
    private Listing<PublicProduct> listing;

    @PostConstruct
    void read() {
        snapshot = catalogue.current();
        category = Optional.ofNullable(request.getParameter("kategori"))
                .filter(c ->
                        snapshot.categories().stream().anyMatch(k -> k.slug().equals(c)))
                .orElse(null);
        String q = request.getParameter("q");
        query = q == null || q.isBlank() ? null : cut(q.strip());
        listing = Listing.of(
                ProductCatalogue.select(snapshot, category, query),
                Listing.pageNumber(request.getParameter("hal")),
                PAGE_SIZE);
        if (query == null) {
            // A category and a later page are pages of their own, kept like the first; a search is not.
            CacheableViews.storableAt(request, pageParameters(listing.page()));
        }
    }

    private static String cut(String q) {
        return q.length() > Search.MAX_LENGTH ? q.substring(0, Search.MAX_LENGTH) : q;
    }

    public Listing<PublicProduct> getListing() {
        return listing;
    }

    public java.util.List<PublicCategory> getCategories() {
        return snapshot.categories();
    }

    /** The chosen category's slug, or null for all. */
    public String getCategory() {
        return category;
    }

    public String getCategoryName() {
        return snapshot.categories().stream()
                .filter(c -> c.slug().equals(category))
                .map(PublicCategory::name)
                .findFirst()
                .orElse(null);
    }

    public String getQuery() {
        return query;
    }

    public boolean isEmptyCatalogue() {
        return snapshot.products().isEmpty();
    }

    /** The parameters of this list's address on another page of it (for the pager's links). */
    public Map<String, String> pageParameters(int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (category != null) {
            parameters.put("kategori", category);
        }
        if (query != null) {
            parameters.put("q", query);
        }
        if (page > 1) {
            parameters.put("hal", Integer.toString(page));
        }
        return parameters;
    }

    /** The parameters of a category's list (the search is kept). */
    public Map<String, String> categoryParameters(String slug) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (slug != null) {
            parameters.put("kategori", slug);
        }
        if (query != null) {
            parameters.put("q", query);
        }
        return parameters;
    }
}
