package id.portaldesa.news.web;

import id.portaldesa.news.ArticleRow;
import id.portaldesa.news.ArticleStatus;
import id.portaldesa.news.NewsService;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** {@code /kantor/berita}: every article of the village, paged and searched in the database, by state. */
@Named
@ViewScoped
public class ArticlesPage implements Serializable {

    @Inject
    NewsService news;

    private ArticleStatus status;
    private PagedDataModel<ArticleRow> articles;

    @PostConstruct
    void init() {
        articles = new PagedDataModel<>(request -> news.articles(request, Optional.ofNullable(status)), ArticleRow::id);
    }

    public PagedDataModel<ArticleRow> getArticles() {
        return articles;
    }

    public List<ArticleStatus> getStatuses() {
        return List.of(ArticleStatus.values());
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }
}
