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
        List<VillageRef> matches = matches();
        return matches.size() > LIMIT ? matches.subList(0, LIMIT) : matches;
    }

    /** Whether more villages match than the page lists. */
    public boolean isTruncated() {
        return matches().size() > LIMIT;
    }

    /** One more than the page shows, which tells whether there are more. */
    private List<VillageRef> matches() {
        if (results == null) {
            results = directory.search(q, LIMIT + 1);
        }
        return results;
    }

    public int getLimit() {
        return LIMIT;
    }

    public int getTotal() {
        return directory.activeCount();
    }
}
