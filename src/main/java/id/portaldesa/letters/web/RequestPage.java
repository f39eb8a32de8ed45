package id.portaldesa.letters.web;

import id.portaldesa.letters.RequestView;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /surat/permohonan/<nomor>}: the resident's request, its whole history, its scans, what to
 * fix when it came back, and the letter to download once issued.
 */
@Named("letterRequestPage")
@RequestScoped
public class RequestPage {

    @Inject
    ResidentRequests requests;

    private String reference;
    private RequestView view;

    @PostConstruct
    void load() {
        reference = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("nomor");
    }

    public RequestView getView() {
        if (view == null) {
            view = requests.view(reference == null ? "" : reference);
        }
        return view;
    }

    public String cancel() {
        requests.cancel(reference);
        FacesMessages.info("letters.cancelled");
        FacesMessages.keepForNextRequest();
        return LetterRoutes.REQUEST + "?faces-redirect=true&nomor=" + reference;
    }

    /** A returned request is fixed in the draft's steps, from the answers on. */
    public String fix() {
        return DraftPage.outcome(getView().id(), ResidentRequests.ANSWERS);
    }
}
