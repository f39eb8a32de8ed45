package id.portaldesa.it.container;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Test-only, like {@link FreshVillageServlet}: {@code POST /_it/log?do=start} starts recording every
 * line the server logs (its root logger: the portal's own loggers and everything else in the JVM,
 * messages formatted with their parameters and stack traces), {@code do=stop} ends it and answers all
 * lines recorded as plain text.
 */
@WebServlet(LogCaptureServlet.PATH)
public class LogCaptureServlet extends HttpServlet {

    public static final String PATH = "/_it/log";

    private static Recorder recorder;

    @Override
    protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Logger root = Logger.getLogger("");
        if ("start".equals(request.getParameter("do"))) {
            if (recorder != null) {
                root.removeHandler(recorder);
            }
            recorder = new Recorder();
            root.addHandler(recorder);
            response.setStatus(204);
            return;
        }
        String lines = "";
        if (recorder != null) {
            root.removeHandler(recorder);
            lines = recorder.text();
            recorder = null;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(lines);
    }

    static final class Recorder extends Handler {
        private final StringBuilder lines = new StringBuilder();
        private final SimpleFormatter format = new SimpleFormatter();

        Recorder() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            lines.append(format.format(record));
        }

        synchronized String text() {
            return lines.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
