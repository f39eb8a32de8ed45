package id.portaldesa.shared.web;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.log.LogSafe;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a record that is not there (or belongs to another village) into a plain 404, an expired or
 * forged form into a fresh page with a message, and a rule the domain refused (a {@link
 * BusinessException}, or a constraint of a service parameter) into an error message on the same page
 * with what the user typed kept, instead of an error page. This is the one place that does it: page
 * beans call services and do not catch. Anything else reaches the container's error page, which
 * never shows a stack trace.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PortalExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it =
                            getUnhandledExceptionQueuedEvents().iterator();
                    it.hasNext(); ) {
                ExceptionQueuedEventContext event = it.next().getContext();
                Throwable cause = rootOf(event.getException());
                if (context.getResponseComplete()) {
                    // An answer is already on its way (404 or redirect): it cannot be replaced now.
                    it.remove();
                    LOG.log(
                            Level.WARNING,
                            "Exception after the answer was complete",
                            LogSafe.scrubbed(event.getException()));
                } else if (cause instanceof NotFoundException) {
                    it.remove();
                    send404(context);
                } else if (cause instanceof BusinessException refused && canStillRender(event)) {
                    it.remove();
                    FacesMessages.error(refused);
                    context.renderResponse();
                } else if (cause instanceof ConstraintViolationException invalid && canStillRender(event)) {
                    it.remove();
                    FacesMessages.error(invalid);
                    context.renderResponse();
                } else if (cause instanceof ViewExpiredException || isUnrestorablePost(event, context)) {
                    it.remove();
                    if (!(cause instanceof ViewExpiredException)) {
                        LOG.info(() -> "Form post with a view state this session does not have, answered as expired: "
                                + LogSafe.describe(cause));
                    }
                    FacesMessages.error("error.viewExpired");
                    FacesMessages.keepForNextRequest();
                    redirectToSamePage(context);
                }
            }
            getWrapped().handle();
        }

        /**
         * Before the page is rendered the same page can be shown again with the message (the input
         * components still hold what was typed); during rendering part of it may already be sent.
         */
        private static boolean canStillRender(ExceptionQueuedEventContext event) {
            return event.getPhaseId() != PhaseId.RENDER_RESPONSE
                    && FacesContext.getCurrentInstance().getViewRoot() != null;
        }

        /**
         * A form post whose view state is not one this session was given (a forged or mangled post,
         * e.g. {@code stateless} for a page that keeps state) is answered like an expired form.
         */
        private static boolean isUnrestorablePost(ExceptionQueuedEventContext event, FacesContext context) {
            Object request = context.getExternalContext().getRequest();
            return event.getPhaseId() == PhaseId.RESTORE_VIEW
                    && request instanceof HttpServletRequest http
                    && "POST".equals(http.getMethod());
        }

        /**
         * What the page bean threw, under the wrappers around it: Faces', EL's, EJB's, and the CDI
         * container's own around a {@code @PostConstruct} (Weld wraps it in an exception of its own
         * with the reflective call's in between). A refusal of ours anywhere in the chain decides.
         */
        static Throwable rootOf(Throwable t) {
            for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
                if (c instanceof BusinessException || c instanceof ConstraintViolationException) {
                    return c;
                }
            }
            Throwable cause = t;
            while ((cause instanceof FacesException
                            || cause instanceof jakarta.el.ELException
                            || cause instanceof jakarta.ejb.EJBException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }

        private static void send404(FacesContext context) {
            if (context.getExternalContext().isResponseCommitted()) {
                // Part of the page is sent already: a status can no longer be given, only noted.
                LOG.warning("A record was not found after the answer had started");
                context.responseComplete();
                return;
            }
            try {
                context.getExternalContext().responseSendError(404, null);
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void redirectToSamePage(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                // Village pages are forwarded from /<slug>/...; platform pages are not.
                String uri = (String) external.getRequestMap().get("jakarta.servlet.forward.request_uri");
                external.redirect(uri != null ? uri : ((HttpServletRequest) external.getRequest()).getRequestURI());
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
