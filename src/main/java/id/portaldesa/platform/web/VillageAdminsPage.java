package id.portaldesa.platform.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.platform.AdminCsv;
import id.portaldesa.platform.VillageAdminImport;
import id.portaldesa.platform.VillageAdminInvitations;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Admins for villages, from the platform or a regency: invite (or replace) the admin of one village
 * by its code, or of many from an uploaded file, with a result per row.
 */
@Named
@ViewScoped
public class VillageAdminsPage implements Serializable {

    @Inject
    VillageAdminInvitations invitations;

    @Inject
    VillageAdminImport importer;

    @Inject
    CurrentUser user;

    @Inject
    CurrentLanguage language;

    @NotBlank
    private String code;

    @NotBlank
    @Email
    private String email;

    private boolean replace;
    private boolean replaceAll;
    private transient Part file;
    private List<VillageAdminImport.RowResult> results;

    public void invite() {
        VillageAdminInvitations.Outcome outcome =
                invitations.invite(code, null, email, replace, user.accountId().orElse(null), language.getLocale());
        FacesMessages.info(
                outcome == VillageAdminInvitations.Outcome.INVITED
                        ? (replace ? "regency.invite.replacing" : "regency.invite.done")
                        : "regency.invite.onboarded",
                email.trim(),
                code.trim());
        code = null;
        email = null;
        replace = false;
    }

    public void upload() {
        // A refused file becomes the page's message (PortalExceptionHandlerFactory) with no old results.
        results = null;
        results = importer.importFile(
                uploadedBytes(), replaceAll, user.accountId().orElse(null), language.getLocale());
        long done = results.stream().filter(VillageAdminImport.RowResult::done).count();
        FacesMessages.info("regency.csv.summary", done, results.size() - done);
    }

    /** The row's outcome or reason, in the language of the page. */
    public String message(VillageAdminImport.RowResult row) {
        return language.text(row.messageKey(), row.arguments());
    }

    /** One byte more than allowed shows the file is too large. */
    private byte[] uploadedBytes() {
        if (file == null) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(AdminCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int getMaxRows() {
        return AdminCsv.MAX_ROWS;
    }

    public List<VillageAdminImport.RowResult> getResults() {
        return results;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isReplace() {
        return replace;
    }

    public void setReplace(boolean replace) {
        this.replace = replace;
    }

    public boolean isReplaceAll() {
        return replaceAll;
    }

    public void setReplaceAll(boolean replaceAll) {
        this.replaceAll = replaceAll;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
