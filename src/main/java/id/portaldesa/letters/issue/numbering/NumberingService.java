package id.portaldesa.letters.issue.numbering;

import id.portaldesa.account.AuditTrail;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.issue.IssueAccess;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/** The current village's numbering settings: read them, preview a number, change them (the village admin). */
@ApplicationScoped
@Transactional
public class NumberingService {

    /** The audit action of a change. */
    public static final String CHANGED = "letters.numbering.changed";

    /** What a preview numbers: a Surat Keterangan Domisili, the twelfth letter. */
    static final String SAMPLE_CLASSIFICATION = "400.12.2.1";

    static final String SAMPLE_TYPE = "SKD";
    static final int SAMPLE_NUMBER = 12;

    @Inject
    NumberingRepository numbering;

    @Inject
    CurrentVillage village;

    @Inject
    CurrentUser user;

    @Inject
    VillageClock clock;

    @Inject
    AuditTrail audit;

    /** The settings in force (the defaults until the village saves its own); no permission: signing reads them too. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberingSettings current() {
        return numbering
                .current()
                .map(LetterNumbering::settings)
                .orElseGet(() -> NumberingSettings.defaultsFor(village.require().name()));
    }

    /** The settings for the admin's form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberingSettings forEditing() {
        user.require(IssueAccess.SETTINGS);
        return current();
    }

    /**
     * A number these settings would give the twelfth Surat Keterangan Domisili of today.
     *
     * @throws id.portaldesa.shared.BusinessException when the settings are not valid
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String preview(@NotNull NumberingSettings settings) {
        user.require(IssueAccess.SETTINGS);
        NumberFormat format = settings.validated();
        return format.format(new NumberFormat.Values(
                SAMPLE_CLASSIFICATION,
                SAMPLE_NUMBER,
                settings.villageCode(),
                SAMPLE_TYPE,
                clock.current().today()));
    }

    /**
     * Saves the settings; numbers already issued keep theirs. Changing the scope starts the new
     * scope's sequences where they stand (a type's own sequence starts at 1 the first time).
     */
    public void change(@NotNull NumberingSettings settings) {
        user.require(IssueAccess.SETTINGS);
        settings.validated();
        numbering
                .current()
                .ifPresentOrElse(
                        row -> row.change(settings), () -> numbering.add(new LetterNumbering(village.id(), settings)));
        audit.record(
                CHANGED, settings.format(), settings.scope() + ", " + settings.paper() + ", " + settings.villageCode());
    }
}
