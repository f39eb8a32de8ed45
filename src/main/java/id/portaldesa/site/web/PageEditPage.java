package id.portaldesa.site.web;

import id.portaldesa.media.Upload;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.pages.PageForm;
import id.portaldesa.site.pages.PageService;
import id.portaldesa.village.CurrentVillage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** One page of the village: title, body, published or not, its PDF attachments; or deleting it. */
@Named
@ViewScoped
public class PageEditPage implements Serializable {

    @Inject
    CurrentVillage village;

    @Inject
    PageService pages;

    private Long id;

    @NotBlank
    @Size(max = 160)
    private String title;

    @Size(max = 100_000)
    private String body;

    private PageService.EditedPage page;
    private List<PageService.ListedAttachment> attachments;

    private transient Part attachmentUpload;

    @Size(max = 160)
    private String attachmentTitle;

    /**
     * The view action: the page of {@code ?id=}, of this village only (another village's or an
     * unknown id: 404); without an id, the list of pages to choose from.
     */
    public String load() {
        village.check();
        if (id == null) {
            return "/office/site/pages.xhtml?faces-redirect=true";
        }
        if (page == null) {
            reload();
            title = page.title();
            body = page.body();
        }
        return null;
    }

    private void reload() {
        page = pages.page(id);
        attachments = pages.attachments(id);
    }

    public void save() {
        pages.update(id, new PageForm(title, body));
        reload();
        FacesMessages.info("site.pages.saved");
    }

    public void publish(boolean published) {
        pages.update(id, new PageForm(title, body));
        pages.publish(id, published);
        reload();
        FacesMessages.info(published ? "site.pages.published" : "site.pages.hidden");
    }

    public String delete() {
        pages.delete(id);
        FacesMessages.info("site.pages.deleted");
        FacesMessages.keepForNextRequest();
        return "/office/site/pages.xhtml?faces-redirect=true";
    }

    public void attach() {
        pages.attach(id, Upload.of(attachmentUpload), attachmentTitle);
        attachmentTitle = null;
        reload();
        FacesMessages.info("site.pages.attached");
    }

    public void detach(long attachmentId) {
        pages.detach(attachmentId);
        reload();
        FacesMessages.info("site.pages.attachmentRemoved");
    }

    public PageService.EditedPage getPage() {
        return page;
    }

    public List<PageService.ListedAttachment> getAttachments() {
        return attachments;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Part getAttachmentUpload() {
        return attachmentUpload;
    }

    public void setAttachmentUpload(Part attachmentUpload) {
        this.attachmentUpload = attachmentUpload;
    }

    public String getAttachmentTitle() {
        return attachmentTitle;
    }

    public void setAttachmentTitle(String attachmentTitle) {
        this.attachmentTitle = attachmentTitle;
    }
}
