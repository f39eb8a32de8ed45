package id.portaldesa.platform.metrics.web;

import id.portaldesa.shared.i18n.Messages;
import java.util.Locale;

/** A duration in seconds in words a resident reads at a glance: minutes, hours, or days. */
public final class Durations {

    private Durations() {}

    public static String text(Long seconds, Locale locale) {
        if (seconds == null) {
            return Messages.get(locale, "platform.metrics.none");
        }
        long s = Math.max(0, seconds);
        if (s < 3600) {
            return Messages.get(locale, "platform.metrics.minutes", Math.max(1, Math.round(s / 60.0)));
        }
        if (s < 48 * 3600) {
            return Messages.get(locale, "platform.metrics.hours", oneDecimal(s / 3600.0, locale));
        }
        return Messages.get(locale, "platform.metrics.days", oneDecimal(s / 86400.0, locale));
    }

    static String oneDecimal(double v, Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }
}
