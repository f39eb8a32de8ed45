package id.portaldesa.media.web;

import id.portaldesa.media.UploadLimits;
import id.portaldesa.shared.security.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A form post larger than the upload limit ({@link UploadLimits#REQUEST_MAX_BYTES}) is answered 413
 * with the same page nginx gives it (deploy/nginx/upload-too-large.html, in Indonesian and English),
 * before anything reads a parameter: the container would otherwise fail on the first {@code
 * getParameter} of any filter and show the error page. Behind nginx such a request never arrives
 * (nginx's limit is the same); this is for a portal reached directly. First in web.xml.
 */
public class UploadLimitFilter extends HttpFilter {

    /** What is read and thrown away before answering, so that the browser reads the answer. */
    static final long DRAIN_AT_MOST = 4 * UploadLimits.REQUEST_MAX_BYTES;

    static final String PAGE = "/WEB-INF/media/upload-too-large.html";

    private byte[] page;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new ServletException(PAGE + " is missing from the WAR");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isTooLarge(request)) {
            chain.doFilter(request, response);
            return;
        }
        drain(request);
        SecurityHeaders.apply(response, false);
        response.setStatus(413);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    static boolean isTooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > UploadLimits.REQUEST_MAX_BYTES;
    }

    /** Browsers show an answer only once they could send their request; a huge one is cut off instead. */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long left = Math.min(request.getContentLengthLong(), DRAIN_AT_MOST);
        try (InputStream in = request.getInputStream()) {
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException gone) {
            // The browser stopped sending: it will not read the answer either.
        }
    }
}
