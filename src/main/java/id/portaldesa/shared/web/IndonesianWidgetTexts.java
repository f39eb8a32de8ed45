package id.portaldesa.shared.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * PrimeFaces' widget texts in Indonesian. PrimeFaces asks for {@code locales/locale-<language>.js},
 * and Java 17 names Indonesian {@code id}, but PrimeFaces ships it under Java's old code {@code in}:
 * every back-office page requested a script that does not exist ({@code RES_NOT_FOUND}) and the
 * widgets spoke English. This serves the shipped {@code in} texts under the {@code id} name, also
 * registered as {@code id}.
 */
public class IndonesianWidgetTexts extends ResourceHandlerWrapper {

    static final String LIBRARY = "primefaces";
    static final String ASKED = "locales/locale-id.js";
    static final String SHIPPED = "locales/locale-in.js";

    private static final byte[] ALIAS =
            "\nif (window.PrimeFaces) { PrimeFaces.locales['id'] = PrimeFaces.locales['in']; }\n"
                    .getBytes(StandardCharsets.UTF_8);

    public IndonesianWidgetTexts(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        if (LIBRARY.equals(libraryName) && ASKED.equals(resourceName)) {
            Resource shipped = getWrapped().createResource(SHIPPED, LIBRARY);
            return shipped == null ? null : new Aliased(shipped);
        }
        return getWrapped().createResource(resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        if (LIBRARY.equals(libraryName) && ASKED.equals(resourceName)) {
            return createResource(resourceName, libraryName);
        }
        return getWrapped().createResource(resourceName, libraryName, contentType);
    }

    /** The shipped texts under the asked name, with the alias appended. */
    static final class Aliased extends ResourceWrapper {

        Aliased(Resource shipped) {
            super(shipped);
        }

        @Override
        public String getResourceName() {
            return ASKED;
        }

        @Override
        public String getRequestPath() {
            return getWrapped().getRequestPath().replace("locale-in.js", "locale-id.js");
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new SequenceInputStream(getWrapped().getInputStream(), new ByteArrayInputStream(ALIAS));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            // the length of the shipped file would cut the alias off
            Map<String, String> headers = new HashMap<>(getWrapped().getResponseHeaders());
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length"));
            return headers;
        }
    }
}
