package id.portaldesa.letters.issue.web;

import id.portaldesa.letters.issue.numbering.NumberFormat;
import id.portaldesa.letters.issue.numbering.NumberingService;
import id.portaldesa.letters.issue.numbering.NumberingSettings;
import id.portaldesa.letters.issue.numbering.Paper;
import id.portaldesa.letters.issue.numbering.SequenceScope;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /kantor/surat/penomoran}: how the village numbers and prints its letters (the village
 * admin): the number format with a preview, one sequence for the village or one per letter type,
 * A4 or F4, the village code printed in numbers. A bad format is refused with its reason and the
 * valid placeholders; nothing is saved then.
 */
@Named("numberingPage")
@RequestScoped
public class NumberingPage {

    @Inject
    NumberingService numbering;

    private String format;
    private SequenceScope scope;
    private Paper paper;
    private String villageCode;
    private String preview;

    @PostConstruct
    void load() {
        NumberingSettings current = numbering.forEditing();
        format = current.format();
        scope = current.scope();
        paper = current.paper();
        villageCode = current.villageCode();
        preview = numbering.preview(current);
    }

    public void showPreview() {
        preview = null;
        preview = numbering.preview(settings());
    }

    public void save() {
        preview = null;
        NumberingSettings settings = settings();
        numbering.change(settings);
        preview = numbering.preview(settings);
        FacesMessages.info("letters.issue.numbering.saved");
    }

    private NumberingSettings settings() {
        return new NumberingSettings(
                format, scope == null ? SequenceScope.VILLAGE : scope, paper == null ? Paper.A4 : paper, villageCode);
    }

    public List<SequenceScope> getScopes() {
        return List.of(SequenceScope.values());
    }

    public List<Paper> getPapers() {
        return List.of(Paper.values());
    }

    public String getPlaceholders() {
        return NumberFormat.validList();
    }

    public String getPreview() {
        return preview;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public SequenceScope getScope() {
        return scope;
    }

    public void setScope(SequenceScope scope) {
        this.scope = scope;
    }

    public Paper getPaper() {
        return paper;
    }

    public void setPaper(Paper paper) {
        this.paper = paper;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }
}
