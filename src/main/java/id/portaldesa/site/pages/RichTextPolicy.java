package id.portaldesa.site.pages;

/**
 * How a page's body, typed by the admin, becomes HTML that is safe to publish: applied on save, so
 * the stored body is already safe. The site's call site; the allow-list itself is the shared one.
 */
public interface RichTextPolicy {

    /** Safe HTML for what the admin typed (an allow-list: anything else is removed). */
    String sanitise(String typed);

    /** A stored body as the editor shows it again, so saving it unchanged changes nothing. */
    String editable(String safeHtml);

    /** The text of a safe body without its markup, for search and summaries. */
    String plainText(String safeHtml);
}
