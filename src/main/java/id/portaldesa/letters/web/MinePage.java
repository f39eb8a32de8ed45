package id.portaldesa.letters.web;

import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /surat/saya?hal=…}: the resident's requests and drafts, twenty a page, newest first. */
@Named("letterMinePage")
@RequestScoped
public class MinePage {

    static final int SIZE = 20;

    @Inject
    ResidentRequests requests;

    private int page;
    private Slice<ResidentRequests.Summary> slice;

    @PostConstruct
    void load() {
        try {
            page = Math.max(
                    1,
                    Integer.parseInt(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .getOrDefault("hal", "1")));
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    public Slice<ResidentRequests.Summary> getSlice() {
        if (slice == null) {
            slice = requests.mine(new PageRequest(
                    (page - 1) * SIZE, SIZE, java.util.Optional.empty(), true, java.util.Optional.empty()));
        }
        return slice;
    }

    public int getPage() {
        return page;
    }
}
