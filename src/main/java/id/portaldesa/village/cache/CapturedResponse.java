package id.portaldesa.village.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back what a page writes, so that the page can be stored before it is sent. Headers still go
 * straight to the real response; cookies and any status but 200 are noted, because such an answer
 * is meant for one visitor and must not be kept for the next.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean personal;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** A full 200 page with no cookie: the same for every visitor with the same key. */
    boolean isShareable() {
        return status == SC_OK && !personal && body.size() > 0;
    }

    /** Whether the page wrote a body of its own (not an error page or a redirect). */
    boolean hasBody() {
        return body.size() > 0 && status != SC_NOT_MODIFIED;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        noteCookie(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        noteCookie(name);
        super.addHeader(name, value);
    }

    private void noteCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            personal = true;
        }
    }

    // The length is set when the stored bytes are sent, compressed or not.
    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are rendered synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
        personal = false;
        super.reset();
    }
}
