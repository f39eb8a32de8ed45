package id.portaldesa.news.web;

import id.portaldesa.news.ArticleCard;
import id.portaldesa.news.CategoryRef;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /berita}: the village's published articles, newest first, {@value #PAGE_SIZE} a page, by category. */
@Named
@RequestScoped
public class NewsListPage {

    public static final int PAGE_SIZE = 10;
    /** A page number beyond any real list (and beyond what a visitor could mean) is not found. */
    static final int MAX_PAGE = 10_000;

    @Inject
    CurrentVillage village;

    @Inject
    PublishedNews news;

    private String page;
    private String category;
    private Slice<ArticleCard> slice;
    private CategoryRef current;

    /** Reads the page asked for; an unknown category or a page past the end is not found. */
    public void load() {
        long villageId = village.id();
        if (category != null && !category.isBlank()) {
            current = news.category(villageId, category).orElseThrow(NotFoundException::new);
        }
        int number = pageNumber();
        slice = news.page(
                villageId,
                current,
                new PageRequest(
                        (number - 1) * PAGE_SIZE,
                        PAGE_SIZE,
                        java.util.Optional.empty(),
                        true,
                        java.util.Optional.empty()));
        if (number > 1 && slice.items().isEmpty()) {
            throw new NotFoundException();
        }
    }

    private int pageNumber() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n < 1 || n > MAX_PAGE) {
                throw new NotFoundException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public List<ArticleCard> getArticles() {
        return slice.items();
    }

    public List<CategoryRef> getCategories() {
        return news.categories(village.id());
    }

    public CategoryRef getCurrent() {
        return current;
    }

    public int getNumber() {
        return slice.request().first() / PAGE_SIZE + 1;
    }

    public int getPages() {
        return (int) Math.max(1, (slice.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasNext() {
        return slice.hasNext();
    }

    public boolean isHasPrevious() {
        return getNumber() > 1;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
