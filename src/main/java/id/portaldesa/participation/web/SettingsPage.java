package id.portaldesa.participation.web;

import id.portaldesa.participation.Labels;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /kantor/partisipasi}: the village's names for categories and answer statuses, each complaint
 * category's target response time, and the flag threshold (MODERATE_PARTICIPATION).
 */
@Named("participationSettingsPage")
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Labels labels;

    @Inject
    CurrentLanguage language;

    @Inject
    CurrentVillage village;

    private List<Labels.Editable> rows;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> sla = new HashMap<>();
    private int threshold;

    @PostConstruct
    void load() {
        rows = labels.editable(language.getLocale());
        rows.forEach(r -> {
            texts.put(r.key(), r.text());
            if (r.category()) {
                sla.put(r.key(), r.slaHours() == null ? null : String.valueOf(r.slaHours()));
            }
        });
        threshold = labels.flagThreshold(village.id());
    }

    public String save() {
        Map<String, Integer> hours = new HashMap<>();
        sla.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                try {
                    hours.put(key, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new id.portaldesa.shared.BusinessException("participation.settings.sla.number");
                }
            }
        });
        labels.save(texts, hours, threshold);
        FacesMessages.info("participation.settings.saved");
        FacesMessages.keepForNextRequest();
        return ParticipationRoutes.SETTINGS + "?faces-redirect=true";
    }

    public List<Labels.Editable> getRows() {
        return rows;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public Map<String, String> getSla() {
        return sla;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }
}
