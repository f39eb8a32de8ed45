package id.portaldesa.letters;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.regex.Pattern;

/** The current village's letter settings: read by the workflow, changed by the admin. */
@ApplicationScoped
@Transactional
public class LetterSettingsService {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LetterSettingsRepository rows;

    @Inject
    VillageChanges changes;

    /** The settings in force (the defaults where the village changed none); no permission needed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LetterSettings.Values current() {
        return rows.current()
                .map(LetterSettings::values)
                .orElseGet(
                        () -> LetterSettings.defaults(currentVillage.require().name()));
    }

    public void save(@NotNull LetterSettings.Values values) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        if (values.retentionMonths() < 1 || values.retentionMonths() > 120) {
            throw new BusinessException("letters.settings.retention.range", 1, 120);
        }
        String prefix = values.referencePrefix() == null
                ? ""
                : values.referencePrefix().strip().toUpperCase(java.util.Locale.ROOT);
        if (!PREFIX.matcher(prefix).matches()) {
            throw new BusinessException("letters.settings.prefix.format");
        }
        LetterSettings.Values clean = new LetterSettings.Values(
                values.secretaryStep(), values.onBehalf(), values.wetSignature(), values.retentionMonths(), prefix);
        // The catalogue tells who signs: a public change.
        changes.record(currentVillage.id(), "letters.settings");
        rows.current()
                .ifPresentOrElse(s -> s.change(clean), () -> rows.add(new LetterSettings(currentVillage.id(), clean)));
    }
}
