package id.portaldesa.participation.web;

import id.portaldesa.participation.ComplaintService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /pengaduan/konfirmasi?token=…}: the guest's confirmation link opens a page with a button;
 * only pressing it (a POST) puts the complaint in the queue, so a mail scanner opening links
 * confirms nothing.
 */
@Named("complaintConfirmPage")
@ViewScoped
public class ConfirmPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    private String token;
    private String confirmed;

    private Boolean pending;

    /** Read once for the view: the form must still be there when its button's post is decoded. */
    public boolean isPending() {
        if (pending == null) {
            pending = complaints.confirmable(token);
        }
        return pending;
    }

    public void confirm() {
        confirmed = complaints.confirm(token);
        pending = false;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
