package id.portaldesa.site.web;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.theme.Theme;
import id.portaldesa.site.theme.ThemeCatalogue;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * For the public layout: the theme and accent colour a page of the current village is drawn with.
 * A village admin (EDIT_SITE) may try another theme and colour on any page of their village with
 * {@code ?pratinjau=<theme>&aksen=<rrggbb>} before applying it; nobody else can, and such a page is
 * never kept in the page cache (it has a query string and a logged-in reader).
 */
@Named("look")
@RequestScoped
public class ThemeLook {

    public static final String PREVIEW_PARAMETER = "pratinjau";
    public static final String ACCENT_PARAMETER = "aksen";
    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

    @Inject
    CurrentVillage village;

    @Inject
    CurrentSite site;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    CurrentUser user;

    @Inject
    HttpServletRequest request;

    private Theme theme;
    private Boolean previewing;

    public Theme getTheme() {
        if (theme == null) {
            SiteRef ref = site.getRef();
            String wanted = isPreviewing() ? request.getParameter(PREVIEW_PARAMETER) : ref == null ? null : ref.theme();
            theme = catalogue.orDefault(wanted);
        }
        return theme;
    }

    /** The accent colour, {@code #rrggbb}: the village's own, or the one being tried. */
    public String getAccent() {
        String tried = isPreviewing() ? request.getParameter(ACCENT_PARAMETER) : null;
        if (tried != null && HEX.matcher(tried).matches()) {
            return (tried.startsWith("#") ? tried : "#" + tried).toLowerCase(java.util.Locale.ROOT);
        }
        SiteRef ref = site.getRef();
        return ref == null ? id.portaldesa.site.Site.DEFAULT_ACCENT : ref.accentColor();
    }

    /** Whether this page shows a theme being tried, not the village's own. */
    public boolean isPreviewing() {
        if (previewing == null) {
            previewing = village.isPresent()
                    && request.getParameter(PREVIEW_PARAMETER) != null
                    && catalogue.find(request.getParameter(PREVIEW_PARAMETER)).isPresent()
                    && user.can(Permission.EDIT_SITE);
        }
        return previewing;
    }

    /** The class of the page's body: every theme's stylesheet addresses only its own. */
    public String getBodyClass() {
        return "theme-" + getTheme().name();
    }
}
