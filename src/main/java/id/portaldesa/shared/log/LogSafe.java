package id.portaldesa.shared.log;

import java.util.regex.Pattern;

/**
 * Makes text fit for the application log, where no email address, one-time token or NIK/KK number
 * may appear (a log is read by more people than the data, kept longer and shipped elsewhere). Code
 * logs ids (outbox id, account id) instead; this catches what foreign text brings along: an SMTP
 * server's answer naming the recipient, a database error quoting a duplicate value.
 *
 * <p>The one log line that holds a secret on purpose is the first platform admin's setup link
 * printed at a production start ({@code PlatformStartup}): reading the server log is what proves
 * the operator.
 */
public final class LogSafe {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\"',;:@]+@[^\\s<>()\\[\\]\"',;:@]+");
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(?i)(token=)[^\\s&\"'<>]+");
    private static final Pattern LONG_SECRET = Pattern.compile("[A-Za-z0-9_-]{32,}");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    private LogSafe() {}

    /** The text with addresses, tokens and 16-digit numbers replaced by placeholders. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = ADDRESS.matcher(text).replaceAll("<address>");
        masked = TOKEN_PARAMETER.matcher(masked).replaceAll("$1<token>");
        masked = LONG_SECRET.matcher(masked).replaceAll("<secret>");
        return ID_NUMBER.matcher(masked).replaceAll("<number>");
    }

    /** One line naming each exception of the chain with its masked message. */
    public static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            if (line.length() > 0) {
                line.append("; caused by ");
            }
            line.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                line.append(": ").append(mask(t.getMessage()));
            }
        }
        return line.toString();
    }

    /**
     * A copy of the exception chain with masked messages and the original stack traces, to log
     * where the trace is needed: {@code LOG.log(WARNING, "…", LogSafe.scrubbed(e))}.
     */
    public static Throwable scrubbed(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable copy = new Scrubbed(
                failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + mask(failure.getMessage())),
                failure.getCause() == failure ? null : scrubbed(failure.getCause()));
        // (Jakarta Mail's MessagingException answers its next exception as the cause.)
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a logged exception; its message names the original class. */
    private static final class Scrubbed extends RuntimeException {
        Scrubbed(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
