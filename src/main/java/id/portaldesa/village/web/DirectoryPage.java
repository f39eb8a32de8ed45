package id.portaldesa.village.web;

import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The platform's front page: every active village, searchable by name, district or code, a page of
 * {@value #PAGE_SIZE} at a time. A phone on a slow link gets a short page it can read, and the server
 * draws a few dozen cards instead of hundreds for every search.
 */
@Named
@RequestScoped
public class DirectoryPage {

    static final int PAGE_SIZE = 24;
    /** Deep pages of a whole country's list help nobody; a search does. */
    static final int MAX_PAGE = 1_000;

    @Inject
    VillageDirectory directory;

    @Inject
    HttpServletRequest request;

    private String q;
    private int page = 1;
    private List<VillageRef> matches;

    /**
     * The search and page number are read straight from the address, not through view parameters:
     * the page has no form to validate, and without view metadata Faces renders a GET at once (the
     * uncached search is the platform's busiest dynamic page).
     */
    @PostConstruct
    void readAddress() {
        if (request != null) {
            setQ(request.getParameter("q"));
            setHal(request.getParameter("hal"));
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    /** The page number asked for ({@code ?hal=2}); anything unusable is the first page. */
    public int getHal() {
        return page;
    }

    public void setHal(String hal) {
        int asked;
        try {
            asked = hal == null ? 1 : Integer.parseInt(hal.strip());
        } catch (NumberFormatException e) {
            asked = 1;
        }
        this.page = Math.max(1, Math.min(MAX_PAGE, asked));
    }

    public List<VillageRef> getResults() {
        List<VillageRef> all = matches();
        int from = (page - 1) * PAGE_SIZE;
        return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    /** Whether a next page has villages. */
    public boolean isHasNext() {
        return matches().size() > page * PAGE_SIZE && page < MAX_PAGE;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    /** Whether more villages match than this page lists. */
    public boolean isTruncated() {
        return isHasNext() || isHasPrevious();
    }

    public int getFirstShown() {
        return getResults().isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return (page - 1) * PAGE_SIZE + getResults().size();
    }

    /** Up to the end of this page and one more, which tells whether there is a next page. */
    private List<VillageRef> matches() {
        if (matches == null) {
            matches = directory.search(q, page * PAGE_SIZE + 1);
        }
        return matches;
    }

    public int getTotal() {
        return directory.activeCount();
    }
}
