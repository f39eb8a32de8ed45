package id.portaldesa.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The village's public "problem solved" stories: resolved complaints the admin published with the
 * complainant's recorded consent. Only what the admin wrote is shown (title and text, the category
 * and the date): never the complaint's description, name, contact or photos. Kept per revision.
 */
@ApplicationScoped
public class PublicStories {

    static final int MAX = 100;

    @Inject
    ComplaintRepository complaints;

    @Inject
    KeptByRevision kept;

    /** A story as pages and the home page show it. */
    public record Story(long id, String title, String text, Category category, Instant resolvedAt)
            implements Serializable {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Story> of(long villageId) {
        return kept.read(
                villageId,
                "stories",
                () -> complaints.publishedStories(MAX).stream()
                        .map(c -> new Story(
                                c.getId(), c.getStoryTitle(), c.getStoryText(), c.getCategory(), c.getResolvedAt()))
                        .toList());
    }

    public List<Story> latest(long villageId, int count) {
        List<Story> all = of(villageId);
        return all.subList(0, Math.min(count, all.size()));
    }
}
