package id.portaldesa.site.web;

import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.pages.PageForm;
import id.portaldesa.site.pages.PageService;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The village's own pages: the list, and a new page by its title (then edited on its own page). */
@Named
@RequestScoped
public class PagesPage {

    @Inject
    CurrentVillage village;

    @Inject
    PageService pages;

    @NotBlank
    @Size(max = 160)
    private String title;

    private List<PageService.EditedPage> all;

    @PostConstruct
    void load() {
        village.check();
    }

    public String create() {
        long id = pages.create(new PageForm(title, ""));
        FacesMessages.info("site.pages.created");
        FacesMessages.keepForNextRequest();
        return "/office/site/page-edit.xhtml?faces-redirect=true&id=" + id;
    }

    public List<PageService.EditedPage> getAll() {
        if (all == null) {
            all = pages.all();
        }
        return all;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
