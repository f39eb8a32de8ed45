package id.portaldesa.shared.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a page is for, from the folder it lives in ({@code src/main/webapp/<audience>/...}). The one
 * place that knows which folders a village serves, which the platform serves, which need a login
 * and which are back office.
 */
public enum Audience {
    PUBLIC("/public/", true, true, false),
    RESIDENT("/resident/", true, false, false),
    OFFICE("/office/", true, false, true),
    PLATFORM("/platform/", false, true, true);

    private final String folder;
    private final boolean onVillage;
    private final boolean onPlatform;
    private final boolean backOffice;

    Audience(String folder, boolean onVillage, boolean onPlatform, boolean backOffice) {
        this.folder = folder;
        this.onVillage = onVillage;
        this.onPlatform = onPlatform;
        this.backOffice = backOffice;
    }

    /** The audience of a page path or view id such as {@code /office/index.xhtml}. */
    public static Optional<Audience> of(String path) {
        return path == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(a -> path.startsWith(a.folder)).findFirst();
    }

    public boolean isOnVillage() {
        return onVillage;
    }

    public boolean isOnPlatform() {
        return onPlatform;
    }

    /** Back-office pages may use PrimeFaces: its theme, and inline scripts that carry the CSP nonce. */
    public boolean isBackOffice() {
        return backOffice;
    }

    public boolean needsLogin() {
        return this != PUBLIC;
    }
}
