package id.portaldesa.news.web;

import id.portaldesa.news.AtomFeed;
import id.portaldesa.shared.seams.HeadLink;
import id.portaldesa.shared.seams.HeadLinkSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The village's Atom feed, named in the head of every public page so feed readers find it. */
@ApplicationScoped
public class NewsFeedLink implements HeadLinkSource {

    private static final List<HeadLink> LINKS = List.of(
            new HeadLink("alternate", AtomFeed.CONTENT_TYPE, "news.feed.title", NewsRoutes.FEED_VIEW, Map.of()));

    @Override
    public List<HeadLink> links() {
        return LINKS;
    }
}
