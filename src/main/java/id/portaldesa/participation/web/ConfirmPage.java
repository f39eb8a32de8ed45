package id.portaldesa.participation.web;

import id.portaldesa.participation.ComplaintService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /pengaduan/konfirmasi?token=…}: the guest's confirmation link opens a page with a button;
 * only pressing it (a POST) puts the complaint in the queue, so a mail scanner opening links
 * confirms nothing.
 */
@Named("complaintConfirmPage")
@RequestScoped
public class ConfirmPage {

    @Inject
    ComplaintService complaints;

    private String token;
    private String confirmed;

    public boolean isPending() {
        return complaints.confirmable(token);
    }

    public void confirm() {
        confirmed = complaints.confirm(token);
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
