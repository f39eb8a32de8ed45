package id.portaldesa.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links to pages by view id and parameters, for what pages render outside {@code h:link}: a {@code
 * <link>} in the head, a menu or search result given as data by another feature. Faces' view handler
 * builds the address ({@code /kungkai/berita/panen-raya}, or {@code /berita/panen-raya} on the
 * village's own domain), so this is the same one link helper every {@code h:link} goes through.
 * In a page: {@code href="#{links.to(entry.viewId(), entry.parameters())}"}.
 */
@Named("links")
@ApplicationScoped
public class PageLinks {

    public String to(String viewId, Map<String, String> parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(p -> query.put(p.getKey(), List.of(p.getValue())));
        }
        return context.getApplication().getViewHandler().getBookmarkableURL(context, viewId, query, false);
    }

    public String to(String viewId) {
        return to(viewId, Map.of());
    }

    /**
     * The page's absolute address on the host the visitor reached it by (the village's own domain, or
     * the platform's host with the slug): for links read elsewhere, such as a shared card's {@code
     * og:url}. The host was checked against the registered ones before any page ran.
     */
    public String absolute(String viewId, Map<String, String> parameters) {
        return origin() + to(viewId, parameters);
    }

    /** The absolute address this page was reached at, without its query. */
    public String here() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object address = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return origin() + (address != null ? address : request.getRequestURI());
    }

    /** Plain text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    public String summary(String text, int max) {
        return summaryOf(text, max);
    }

    /** {@link #summary} outside a page, e.g. an article's excerpt kept with its card. */
    public static String summaryOf(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    private static String origin() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        int port = request.getServerPort();
        boolean usual =
                "https".equals(request.getScheme()) && port == 443 || "http".equals(request.getScheme()) && port == 80;
        return request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port);
    }
}
