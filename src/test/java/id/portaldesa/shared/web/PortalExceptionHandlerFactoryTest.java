package id.portaldesa.shared.web;

import static org.junit.jupiter.api.Assertions.assertSame;

import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class PortalExceptionHandlerFactoryTest {

    @Test
    void aNotFoundThrownWhileAPageBeanIsCreatedIsFoundUnderTheContainersWrappers() {
        NotFoundException missing = new NotFoundException();
        // As Weld reports a @PostConstruct that threw: its own runtime exception around the reflective call's.
        RuntimeException weld = new RuntimeException("WELD-000049", new InvocationTargetException(missing));
        assertSame(missing, PortalExceptionHandlerFactory.Handler.rootOf(new ELException(new FacesException(weld))));
    }

    @Test
    void aRefusalIsFoundAndAnythingElseIsUnwrappedToWhatThePageThrew() {
        BusinessException refused = new BusinessException("letters.notYourTurn");
        assertSame(refused, PortalExceptionHandlerFactory.Handler.rootOf(new FacesException(refused)));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, PortalExceptionHandlerFactory.Handler.rootOf(new FacesException(new ELException(bug))));
    }
}
