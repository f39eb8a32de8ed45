package id.portaldesa.news;

/** Where an article stands. Only PUBLISHED is ever shown to visitors. */
public enum ArticleStatus {
    /** Being written; only staff see it. */
    DRAFT,
    /** Waits for its time ({@code publish_at}); the scheduler publishes it then, on one node. */
    SCHEDULED,
    /** Public. */
    PUBLISHED
}
