package id.portaldesa.shared.web;

import id.portaldesa.shared.NotFoundException;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a record that is not there (or belongs to another village) into a plain 404, and an expired
 * or forged form into a fresh page with a message, instead of an error page. Anything else reaches the
 * container's error page, which never shows a stack trace.
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
                    LOG.log(Level.WARNING, "Exception after the answer was complete", event.getException());
                } else if (cause instanceof NotFoundException) {
                    it.remove();
                    send404(context);
                } else if (cause instanceof ViewExpiredException || isUnrestorablePost(event, context)) {
                    it.remove();
                    if (!(cause instanceof ViewExpiredException)) {
                        LOG.info(() -> "Form post with a view state this session does not have, answered as expired: "
                                + cause);
                    }
                    FacesMessages.error("error.viewExpired");
                    FacesMessages.keepForNextRequest();
                    redirectToSamePage(context);
                }
            }
            getWrapped().handle();
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

        private static Throwable rootOf(Throwable t) {
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
