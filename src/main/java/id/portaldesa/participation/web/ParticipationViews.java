package id.portaldesa.participation.web;

import id.portaldesa.shared.web.CacheableViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The public aspiration list (each checked filter, sort and page) and the "problem solved" stories
 * are the same for every anonymous visitor of one village, address and language, and change only
 * with a recorded village change (publishing, answering, supports, flags, stories): they may be kept
 * rendered. An aspiration's own page is not: it has the support and flag forms.
 */
@ApplicationScoped
public class ParticipationViews implements CacheableViews {

    @Override
    public Set<String> viewIds() {
        return Set.of(ParticipationRoutes.ASPIRATIONS, ParticipationRoutes.STORIES);
    }
}
