package id.portaldesa.village.web;

import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The platform's front page: every active village, searchable by name, district or code. */
@Named
@RequestScoped
public class DirectoryPage {

    static final int LIMIT = 200;

    @Inject
    VillageDirectory directory;

    private String q;
    private List<VillageRef> results;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public List<VillageRef> getResults() {
        if (results == null) {
            // One more than shown tells whether there are more.
            results = directory.search(q, LIMIT + 1);
        }
        return results.size() > LIMIT ? results.subList(0, LIMIT) : results;
    }

    /** Whether more villages match than the page lists. */
    public boolean isTruncated() {
        getResults();
        return results.size() > LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public int getTotal() {
        return directory.activeCount();
    }
}
