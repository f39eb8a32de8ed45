package id.portaldesa.account.web;

import id.portaldesa.account.AuditEntry;
import id.portaldesa.account.AuditTrail;
import id.portaldesa.shared.web.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The village's audit log for its admin: newest first, filtered by action and searched by text. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    /** Until villages carry their own time zone (WIB, WITA, WIT), times are shown in WIB. */
    static final ZoneId SHOWN_IN = ZoneId.of("Asia/Jakarta");

    @Inject
    AuditTrail audit;

    private String action;

    private final PagedDataModel<AuditEntry> entries =
            new PagedDataModel<>(request -> audit.page(request, Optional.ofNullable(action)), AuditEntry::getId);

    private transient List<String> actions;

    public PagedDataModel<AuditEntry> getEntries() {
        return entries;
    }

    /** The actions this village's log holds. */
    public List<String> getActions() {
        if (actions == null) {
            actions = audit.actions();
        }
        return actions;
    }

    public String time(AuditEntry entry, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(SHOWN_IN)
                .format(entry.getRecordedAt());
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null || action.isBlank() ? null : action;
    }
}
