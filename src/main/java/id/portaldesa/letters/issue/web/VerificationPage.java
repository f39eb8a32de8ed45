package id.portaldesa.letters.issue.web;

import id.portaldesa.letters.issue.LetterDates;
import id.portaldesa.letters.issue.Verifications;
import id.portaldesa.letters.issue.Verifications.Verification;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.ratelimit.RateLimitExceededException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /v/<token>}: what the QR code on a letter opens. Shows the letter's number, type, date, the
 * person's name masked, the signer, whether it is valid or revoked (with the reason) and the SHA-256
 * of the issued file; a visitor may upload a PDF to learn whether it is that file, byte for byte.
 * An unknown token answers 404 with nothing about why; the misses of one address are counted
 * ({@link Verifications#forVisitor}), and once used up that address gets no answer at all for a while,
 * not even for a right token, so guessing learns nothing.
 */
@Named("verification")
@RequestScoped
public class VerificationPage {

    /** Uploads larger than this are not one of our letters (a few hundred KB at most). */
    static final int MAX_UPLOAD = 10 * 1024 * 1024;

    /** The file input of the check's form. */
    static final String FILE = "check:file";

    @Inject
    Verifications verifications;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentLanguage language;

    private String token;
    private Verification letter;
    private boolean limited;
    private Boolean original;

    /** On opening (and on the upload's post): looks the token up, unless this address guessed too often. */
    public void load() {
        if (letter != null || limited) {
            return;
        }
        try {
            letter = verifications.forVisitor(token).orElse(null);
        } catch (RateLimitExceededException e) {
            refuse(429);
            return;
        }
        if (letter == null) {
            status(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The check's page ({@code /v/periksa}): the posted token's letter, and whether the posted file is
     * the issued one. Opened without a post it is the letter's page without a result.
     */
    public void compareUpload() {
        load();
        if (letter == null || !"POST".equals(request.getMethod())) {
            return;
        }
        Part file;
        try {
            file = request.getPart(FILE);
        } catch (IOException | jakarta.servlet.ServletException | IllegalStateException e) {
            original = false;
            return;
        }
        if (file == null || file.getSize() == 0) {
            return;
        }
        if (file.getSize() > MAX_UPLOAD) {
            original = false;
            return;
        }
        try (InputStream in = file.getInputStream()) {
            original = letter.isOriginal(in.readAllBytes());
        } catch (IOException e) {
            original = false;
        }
    }

    /** The signer as printed: "a.n. Kepala Desa Kungkai Sekretaris Desa: Siti", or title and name. */
    public String getSigner() {
        return letter == null ? "" : letter.signer();
    }

    private void refuse(int status) {
        limited = true;
        letter = null;
        status(status);
    }

    private static void status(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(status);
        }
    }

    public String getDate() {
        return letter == null ? "" : LetterDates.in(language.getLocale(), letter.date());
    }

    public String getRevokedOn() {
        return letter == null ? "" : letter.revokedOn(language.getLocale());
    }

    public Verification getLetter() {
        return letter;
    }

    public boolean isFound() {
        return letter != null;
    }

    public boolean isLimited() {
        return limited;
    }

    /** Null until a file was compared. */
    public Boolean getOriginal() {
        return original;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
