package id.portaldesa.site.pages;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.site.SiteAudit;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The current village's own pages, as its admin writes them (EDIT_SITE): the body is sanitised on
 * save, the address follows the title and the old one answers 301. Every change is recorded as a
 * change of the village's public content first.
 */
@ApplicationScoped
@Transactional
public class PageService {

    static final String CHANGE = "site.pages";
    public static final int MAX_ATTACHMENTS = 20;

    /** A page as the back office edits it: the body as the editor shows it. */
    public record EditedPage(long id, String slug, String title, String body, boolean published, Instant updatedAt)
            implements java.io.Serializable {}

    /** An attachment as the back office lists it. */
    public record ListedAttachment(long id, String title, long mediaId) implements java.io.Serializable {}

    @Inject
    PageRepository pages;

    @Inject
    MediaService media;

    @Inject
    RichTextPolicy richText;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public long create(@NotNull @Valid PageForm form) {
        user.require(Permission.EDIT_SITE);
        changes.record(village.id(), CHANGE);
        String title = form.title().strip();
        String slug = PageSlugs.unique(title, s -> pages.slugTaken(s, -1));
        SitePage page = new SitePage(village.id(), slug, title, richText.sanitise(form.body()), clock.instant());
        pages.add(page);
        em.flush();
        audit.record(SiteAudit.PAGE_SAVED, title, slug);
        return page.getId();
    }

    /** Saves the page; a new title gives a new address, and the old one is kept to answer 301. */
    public void update(long id, @NotNull @Valid PageForm form) {
        user.require(Permission.EDIT_SITE);
        SitePage page = pages.require(id);
        changes.record(village.id(), CHANGE);
        String title = form.title().strip();
        String slug = page.getSlug();
        if (!PageSlugs.of(title).equals(PageSlugs.of(page.getTitle()))) {
            slug = PageSlugs.unique(title, s -> pages.slugTaken(s, id));
            if (!slug.equals(page.getSlug())) {
                // The new slug may be one the page had before: it is current again, not old.
                pages.oldSlug(slug).ifPresent(pages::removeOldSlug);
                pages.addOldSlug(new PageOldSlug(village.id(), id, page.getSlug()));
            }
        }
        page.change(slug, title, richText.sanitise(form.body()), clock.instant());
        audit.record(SiteAudit.PAGE_SAVED, title, slug);
    }

    public void publish(long id, boolean published) {
        user.require(Permission.EDIT_SITE);
        SitePage page = pages.require(id);
        changes.record(village.id(), CHANGE);
        page.publish(published, clock.instant());
        audit.record(SiteAudit.PAGE_SAVED, page.getTitle(), published ? "published" : "hidden");
    }

    /** Deletes the page with its attachments and their files; returns the media ids deleted. */
    public List<Long> delete(long id) {
        user.require(Permission.EDIT_SITE);
        SitePage page = pages.require(id);
        changes.record(village.id(), CHANGE);
        List<PageAttachment> attachments = pages.attachmentsOf(id);
        attachments.forEach(pages::removeAttachment);
        em.flush();
        pages.remove(page);
        em.flush();
        attachments.forEach(a -> media.delete(a.getMediaId()));
        audit.record(SiteAudit.PAGE_DELETED, page.getTitle(), page.getSlug());
        return attachments.stream().map(PageAttachment::getMediaId).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditedPage> all() {
        user.require(Permission.EDIT_SITE);
        return pages.all().stream().map(this::edited).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditedPage page(long id) {
        user.require(Permission.EDIT_SITE);
        return edited(pages.require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListedAttachment> attachments(long pageId) {
        user.require(Permission.EDIT_SITE);
        pages.require(pageId);
        return pages.attachmentsOf(pageId).stream()
                .map(a -> new ListedAttachment(a.getId(), a.getTitle(), a.getMediaId()))
                .toList();
    }

    /**
     * Stores a PDF through the media pipeline and lists it under the page, in one transaction: a
     * refused file or a refused attachment leaves neither a row nor a file.
     */
    public long attach(long pageId, @NotNull Upload document, @NotBlank @Size(max = 160) String title) {
        user.require(Permission.EDIT_SITE);
        pages.require(pageId);
        if (document.isEmpty()) {
            throw new BusinessException("site.pages.attachmentMissing");
        }
        changes.record(village.id(), CHANGE);
        MediaRef stored = media.storeDocument(document, MediaVisibility.PUBLIC);
        return attach(pageId, stored.id(), title);
    }

    /** Lists a stored document (a media id of the village) under the page. */
    public long attach(long pageId, long mediaId, @NotBlank @Size(max = 160) String title) {
        user.require(Permission.EDIT_SITE);
        pages.require(pageId);
        media.find(mediaId).filter(m -> !m.isImage()).orElseThrow(id.portaldesa.shared.NotFoundException::new);
        changes.record(village.id(), CHANGE);
        List<PageAttachment> existing = pages.attachmentsOf(pageId);
        if (existing.size() >= MAX_ATTACHMENTS) {
            throw new BusinessException("site.pages.tooManyAttachments", MAX_ATTACHMENTS);
        }
        int last =
                existing.stream().mapToInt(PageAttachment::getSortOrder).max().orElse(0);
        PageAttachment attachment = new PageAttachment(village.id(), pageId, mediaId, title.strip(), last + 1);
        pages.addAttachment(attachment);
        em.flush();
        return attachment.getId();
    }

    /** Removes an attachment; returns its media id for the caller to delete. */
    public long detach(long attachmentId) {
        user.require(Permission.EDIT_SITE);
        PageAttachment attachment =
                pages.attachment(attachmentId).orElseThrow(id.portaldesa.shared.NotFoundException::new);
        changes.record(village.id(), CHANGE);
        pages.removeAttachment(attachment);
        em.flush();
        media.delete(attachment.getMediaId());
        return attachment.getMediaId();
    }

    private EditedPage edited(SitePage p) {
        return new EditedPage(
                p.getId(),
                p.getSlug(),
                p.getTitle(),
                richText.editable(p.getBody()),
                p.isPublished(),
                p.getUpdatedAt());
    }
}
