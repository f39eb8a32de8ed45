package id.portaldesa.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the answer's CSP nonce ({@link ScriptNonces}) on every {@code <script>} and {@code <style>}
 * element a back-office answer renders, Ajax updates included: PrimeFaces' widget scripts, its
 * settings, the scripts its CSP mode makes of inline event handlers. It wraps the writers of the
 * render kit itself, so whatever renders an element (PrimeFaces, Faces, a template) goes through it.
 * Text is never turned into an element, so nothing a user typed can carry the nonce.
 */
public class NonceRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

    public NonceRenderKitFactory(RenderKitFactory factory) {
        super(factory);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : wrapped.computeIfAbsent(kit, NonceRenderKit::new);
    }

    static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit kit) {
            super(kit);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new NonceWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }

    static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name) || "style".equalsIgnoreCase(name)) {
                String nonce =
                        ScriptNonces.current(FacesContext.getCurrentInstance()).orElse(null);
                if (nonce != null) {
                    super.writeAttribute("nonce", nonce, null);
                }
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
