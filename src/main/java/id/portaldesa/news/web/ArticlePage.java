package id.portaldesa.news.web;

import id.portaldesa.news.ArticleView;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /berita/<judul>}: one published article. An address the article had before answers 301 to
 * its current one; a draft, a scheduled article before its time, another village's article or
 * nothing at all answer 404 alike.
 */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    @Inject
    ArticleBodies bodies;

    @Inject
    PageLinks links;

    @Inject
    id.portaldesa.media.web.MediaLinks mediaLinks;

    private String slug;
    private ArticleView article;
    private String body;

    public void load() {
        long villageId = village.id();
        Optional<ArticleView> found = news.article(villageId, slug);
        if (found.isPresent()) {
            article = found.get();
            return;
        }
        Optional<String> current = news.currentSlug(villageId, slug);
        if (current.isEmpty()) {
            throw new NotFoundException();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.setResponseStatus(301);
        external.setResponseHeader(
                "Location", links.to(NewsRoutes.ARTICLE_VIEW, Map.of(NewsRoutes.SLUG_PARAMETER, current.get())));
        context.responseComplete();
    }

    public ArticleView getArticle() {
        return article;
    }

    /** The text as HTML: sanitised on save, its pictures rendered now. */
    public String getBody() {
        if (body == null && article != null) {
            body = bodies.forPage(article.bodyHtml(), article.pictures());
        }
        return body;
    }

    /** The cover picture's absolute address for shared links ({@code og:image}); null without one. */
    public String getCoverUrl() {
        return article == null || article.card().cover() == null
                ? null
                : mediaLinks.absoluteSrc(article.card().cover(), 1280);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
