package id.portaldesa.shared.web;

import id.portaldesa.shared.security.SecurityHeaders;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * Settles which CSP nonce the scripts of a back-office answer carry, before it is rendered, and
 * hands it to PrimeFaces' client. A whole page uses the nonce its own response header names (a new
 * one for every response, issued by {@link SecurityHeaders}); an Ajax answer is run by the page that
 * asked for it, whose policy is the one of that page's response, so its scripts carry the nonce kept
 * with the view when the page was rendered. The nonce is never taken from the request.
 *
 * <p>PrimeFaces runs in its CSP mode with the policy provided by the portal ({@code primefaces.CSP}
 * = {@code policyProvided}): it moves inline event handlers into scripts, while the portal issues the
 * nonce and the one header. PrimeFaces' own mode {@code true} would add a second header to every
 * Faces page, public ones included, and reuse one nonce for every answer of a view.
 */
public class ScriptNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Where the nonce of the page a view was last rendered as is kept (the view map). */
    static final String VIEW_KEY = ScriptNonces.class.getName();

    /** Where the nonce of the answer being rendered is kept (the Faces context's attributes). */
    static final String CONTEXT_KEY = ScriptNonces.class.getName() + ".current";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        settle(context)
                .ifPresent(nonce -> PrimeFaces.current()
                        .executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}"));
    }

    @Override
    public void afterPhase(PhaseEvent event) {}

    /** The nonce the scripts of the answer being rendered carry; empty outside the back office. */
    public static Optional<String> current(FacesContext context) {
        return context == null
                ? Optional.empty()
                : Optional.ofNullable((String) context.getAttributes().get(CONTEXT_KEY));
    }

    private static Optional<String> settle(FacesContext context) {
        if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return Optional.empty();
        }
        Optional<String> issued = SecurityHeaders.nonce(request);
        if (issued.isEmpty() || context.getViewRoot() == null) {
            return Optional.empty();
        }
        String nonce;
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(true);
        Object kept = viewMap.get(VIEW_KEY);
        if (context.getPartialViewContext().isAjaxRequest() && kept instanceof String page) {
            nonce = page;
        } else {
            nonce = issued.get();
            viewMap.put(VIEW_KEY, nonce);
        }
        context.getAttributes().put(CONTEXT_KEY, nonce);
        return Optional.of(nonce);
    }
}
