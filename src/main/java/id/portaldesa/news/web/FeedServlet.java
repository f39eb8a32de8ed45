package id.portaldesa.news.web;

import id.portaldesa.news.ArticleView;
import id.portaldesa.news.AtomFeed;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageLinks;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code /berita/feed.xml}: the village's newest articles as an Atom feed with absolute links. A
 * servlet at the feed's view id (the clean address forwards there), because Faces writes no Atom
 * content type; like a page it is kept rendered for anonymous visitors ({@link NewsViews}).
 */
@WebServlet(NewsRoutes.FEED_VIEW)
public class FeedServlet extends HttpServlet {

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Inject
    VillageLinks links;

    @Inject
    ArticleBodies bodies;

    @Inject
    CurrentLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!village.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] xml = xml().getBytes(StandardCharsets.UTF_8);
        response.setContentType(AtomFeed.CONTENT_TYPE + ";charset=UTF-8");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    /** The cover leads the entry's text, so feed readers show it. */
    private static String coverHtml(ArticleView a) {
        return a.card().cover() == null
                ? ""
                : "<p><img src=\"" + id.portaldesa.shared.html.RichText.MEDIA_SCHEME + ":"
                        + a.card().cover().id() + "\" alt=\"\" /></p>";
    }

    private static java.util.List<id.portaldesa.media.MediaRef> pictures(ArticleView a) {
        java.util.List<id.portaldesa.media.MediaRef> all = new java.util.ArrayList<>(a.pictures());
        if (a.card().cover() != null) {
            all.add(a.card().cover());
        }
        return all;
    }

    String xml() {
        VillageRef v = village.require();
        List<ArticleView> articles = news.feed(v.id());
        Instant updated = articles.stream()
                .map(a -> a.card().updatedAt())
                .max(Instant::compareTo)
                .orElseGet(Instant::now);
        String self = links.page(v, NewsRoutes.FEED_VIEW);
        AtomFeed.Feed feed = new AtomFeed.Feed(
                self,
                Messages.get(language.getLocale(), "news.feed.name", v.name()),
                null,
                self,
                links.page(v, NewsRoutes.LIST_VIEW),
                language.getTag(),
                updated);
        List<AtomFeed.Entry> entries = articles.stream()
                .map(a -> new AtomFeed.Entry(
                        links.page(
                                v,
                                NewsRoutes.ARTICLE_VIEW,
                                NewsRoutes.SLUG_PARAMETER,
                                a.card().slug()),
                        a.card().title(),
                        a.card().excerpt(),
                        bodies.forFeed(coverHtml(a) + a.bodyHtml(), pictures(a)),
                        a.authorName(),
                        a.card().categoryName(),
                        a.card().publishedAt(),
                        a.card().updatedAt()))
                .toList();
        return AtomFeed.write(feed, entries);
    }
}
