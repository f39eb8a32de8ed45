package id.portaldesa.news.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.news.Article;
import id.portaldesa.news.ArticleForm;
import id.portaldesa.news.ArticlePictures;
import id.portaldesa.news.ArticleSlug;
import id.portaldesa.news.ArticleStatus;
import id.portaldesa.news.CategoryRow;
import id.portaldesa.news.NewsService;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.VillageClock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /kantor/berita/tulis[?id=…]}: writes a new article or edits one; saves a draft, publishes,
 * schedules (date and time in the village's own time zone), withdraws or deletes it. Each button is
 * one transaction: a refused schedule saves nothing and keeps what was typed on the page.
 */
@Named
@ViewScoped
public class EditorPage implements Serializable {

    @Inject
    NewsService news;

    @Inject
    VillageClock clock;

    private Long id;
    private boolean loaded;
    private ArticleStatus status;
    private String currentSlug;
    private Instant publishAt;
    private Instant publishedAt;

    @NotBlank
    @Size(max = ArticleForm.MAX_TITLE)
    private String title;

    @Size(max = ArticleSlug.MAX_LENGTH)
    private String slug;

    @Size(max = ArticleForm.MAX_SUMMARY)
    private String summary;

    @NotBlank
    @Size(max = ArticleForm.MAX_TEXT)
    private String text;

    private Long categoryId;
    private MediaRef cover;
    private boolean removeCover;
    private String pictureCaption;
    private transient Part coverUpload;
    private transient Part pictureUpload;
    private String scheduleDate;
    private String scheduleTime;

    /** Opens the article named by {@code ?id=} (another village's id: 404), once per view. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            show(news.article(id));
        }
    }

    private void show(Article article) {
        id = article.getId();
        status = article.getStatus();
        currentSlug = article.getSlug();
        publishAt = article.getPublishAt();
        publishedAt = article.getPublishedAt();
        title = article.getTitle();
        slug = article.getSlug();
        summary = article.getSummary();
        text = article.getSource();
        categoryId = article.getCategoryId();
        cover = news.coverOf(article.getId()).orElse(null);
    }

    public String save() {
        return afterwards(news.save(id, form(), pictures()), "news.article.saved");
    }

    public String publish() {
        return afterwards(news.saveAndPublish(id, form(), pictures()), "news.article.publishedNow");
    }

    public String schedule() {
        Instant at = scheduledInstant();
        if (at == null) {
            return null;
        }
        return afterwards(news.saveAndSchedule(id, form(), at, pictures()), "news.article.scheduledFor");
    }

    public String unpublish() {
        news.unpublish(id);
        return afterwards(news.article(id), "news.article.unpublished");
    }

    public String delete() {
        news.delete(id);
        FacesMessages.info("news.article.deleted", title);
        FacesMessages.keepForNextRequest();
        return NewsRoutes.OFFICE_LIST_VIEW + "?faces-redirect=true";
    }

    /** Opens the article afresh (post-redirect-get), with a message about what happened. */
    private String afterwards(Article article, String messageKey) {
        FacesMessages.info(messageKey, article.getTitle());
        FacesMessages.keepForNextRequest();
        return NewsRoutes.EDITOR_VIEW + "?faces-redirect=true&id=" + article.getId();
    }

    /** The pictures chosen in the form (a file input left empty sends nothing). */
    private ArticlePictures pictures() {
        return new ArticlePictures(upload(coverUpload), removeCover, upload(pictureUpload), pictureCaption);
    }

    private static Upload upload(Part part) {
        return part == null || part.getSize() == 0 ? null : Upload.of(part);
    }

    private ArticleForm form() {
        return new ArticleForm(title, slug, summary, text, categoryId);
    }

    /** The date and time typed, in the village's time zone; null (with a message) when unreadable. */
    private Instant scheduledInstant() {
        try {
            LocalDate date = LocalDate.parse(scheduleDate == null ? "" : scheduleDate.strip());
            LocalTime time = scheduleTime == null || scheduleTime.isBlank()
                    ? LocalTime.of(7, 0)
                    : LocalTime.parse(scheduleTime.strip());
            return date.atTime(time).atZone(clock.current().zone()).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.errorOn("editor:scheduleDate", "news.article.schedule.invalid");
            return null;
        }
    }

    public List<CategoryRow> getCategories() {
        return news.categories();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public boolean isScheduled() {
        return status == ArticleStatus.SCHEDULED;
    }

    public Map<String, String> getPublicParameters() {
        return Map.of(NewsRoutes.SLUG_PARAMETER, currentSlug == null ? "" : currentSlug);
    }

    public MediaRef getCover() {
        return cover;
    }

    public boolean isRemoveCover() {
        return removeCover;
    }

    public void setRemoveCover(boolean removeCover) {
        this.removeCover = removeCover;
    }

    public String getPictureCaption() {
        return pictureCaption;
    }

    public void setPictureCaption(String pictureCaption) {
        this.pictureCaption = pictureCaption;
    }

    public Part getCoverUpload() {
        return coverUpload;
    }

    public void setCoverUpload(Part coverUpload) {
        this.coverUpload = coverUpload;
    }

    public Part getPictureUpload() {
        return pictureUpload;
    }

    public void setPictureUpload(Part pictureUpload) {
        this.pictureUpload = pictureUpload;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!loaded) {
            this.id = id;
        }
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getCurrentSlug() {
        return currentSlug;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getScheduleDate() {
        return scheduleDate;
    }

    public void setScheduleDate(String scheduleDate) {
        this.scheduleDate = scheduleDate;
    }

    public String getScheduleTime() {
        return scheduleTime;
    }

    public void setScheduleTime(String scheduleTime) {
        this.scheduleTime = scheduleTime;
    }
}
