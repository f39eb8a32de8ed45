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
            results = directory.search(q, LIMIT);
        }
        return results;
    }

    public int getTotal() {
        return directory.activeCount();
    }
}
