package id.portaldesa.letters.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.LetterCatalogue;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /surat/jenis/<kode>}: what one letter needs, who signs it and how long it takes; a resident
 * starts a request here (a post: a draft is made, or the unfinished one reopened).
 */
@Named("letterTypePage")
@RequestScoped
public class TypePage {

    @Inject
    LetterCatalogue catalogue;

    @Inject
    ResidentRequests requests;

    @Inject
    CurrentUser user;

    private LetterCatalogue.Entry entry;

    @PostConstruct
    void load() {
        String code = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("kode");
        entry = code == null ? null : catalogue.entry(code).orElse(null);
    }

    /** 404 for a type the village does not offer. */
    public void check() {
        if (entry == null) {
            throw new NotFoundException();
        }
    }

    public LetterCatalogue.Entry getEntry() {
        return entry;
    }

    public boolean isMayRequest() {
        return user.can(Permission.USE_RESIDENT_SERVICES);
    }

    public String start() {
        check();
        long draft = requests.start(entry.code());
        return DraftPage.outcome(draft, ResidentRequests.SUBJECT);
    }
}
