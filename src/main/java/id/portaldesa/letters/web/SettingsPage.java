package id.portaldesa.letters.web;

import id.portaldesa.letters.LetterSettings;
import id.portaldesa.letters.LetterSettingsService;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /kantor/surat/pengaturan}: the sekdes step, a.n. signing, wet signatures, retention, prefix. */
@Named("letterSettingsPage")
@RequestScoped
public class SettingsPage {

    @Inject
    LetterSettingsService settings;

    private boolean secretaryStep;
    private boolean onBehalf;
    private boolean wetSignature;
    private int retentionMonths;
    private String referencePrefix;

    @PostConstruct
    void load() {
        LetterSettings.Values v = settings.current();
        secretaryStep = v.secretaryStep();
        onBehalf = v.onBehalf();
        wetSignature = v.wetSignature();
        retentionMonths = v.retentionMonths();
        referencePrefix = v.referencePrefix();
    }

    public void save() {
        settings.save(
                new LetterSettings.Values(secretaryStep, onBehalf, wetSignature, retentionMonths, referencePrefix));
        FacesMessages.info("letters.settings.saved");
    }

    public boolean isSecretaryStep() {
        return secretaryStep;
    }

    public void setSecretaryStep(boolean secretaryStep) {
        this.secretaryStep = secretaryStep;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public void setOnBehalf(boolean onBehalf) {
        this.onBehalf = onBehalf;
    }

    public boolean isWetSignature() {
        return wetSignature;
    }

    public void setWetSignature(boolean wetSignature) {
        this.wetSignature = wetSignature;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public String getReferencePrefix() {
        return referencePrefix;
    }

    public void setReferencePrefix(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }
}
