package id.portaldesa.letters;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a village admin does with letter types (MANAGE_LETTER_TYPES): the shipped ones and the
 * village's own side by side, enabling and disabling, editing (fields, attachments, classification
 * code, description, validity, template), defining new ones, exporting one as a file and importing a
 * file from another village. Every change that residents can see is announced first ({@link
 * VillageChanges}): the public catalogue follows by itself.
 */
@ApplicationScoped
@Transactional
public class LetterTypeService {

    public static final String CHANGE = "letters.types";

    @Inject
    CurrentUser user;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LetterTypeRepository types;

    @Inject
    ShippedTypes shipped;

    @Inject
    VillageChanges changes;

    @Inject
    Clock clock;

    /** One line of the admin's list. */
    public record Row(
            String code,
            String name,
            String classificationCode,
            boolean enabled,
            boolean shipped,
            boolean adopted,
            Instant updatedAt) {}

    /** Shipped types (as the village has them, or as shipped) and the village's own, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> overview() {
        user.require(Permission.MANAGE_LETTER_TYPES);
        Map<String, LetterType> own = new HashMap<>();
        types.all().forEach(t -> own.put(t.getCode(), t));
        List<Row> rows = new ArrayList<>();
        for (LetterTypeDefinition d : shipped.all()) {
            LetterType t = own.remove(d.code());
            rows.add(
                    t == null ? new Row(d.code(), d.name(), d.classificationCode(), false, true, false, null) : row(t));
        }
        own.values().forEach(t -> rows.add(row(t)));
        rows.sort(java.util.Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private static Row row(LetterType t) {
        LetterTypeDefinition d = t.definition();
        return new Row(
                t.getCode(), d.name(), d.classificationCode(), t.isEnabled(), t.isShipped(), true, t.getUpdatedAt());
    }

    /** The definition as the village has it now (a shipped type it never touched: as shipped). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LetterTypeDefinition definition(@NotNull String code) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        return types.byCode(code)
                .map(LetterType::definition)
                .or(() -> shipped.find(code))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnabled(@NotNull String code) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        return types.byCode(code).map(LetterType::isEnabled).orElse(false);
    }

    public void enable(@NotNull String code, boolean enabled) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        changes.record(currentVillage.id(), CHANGE);
        ownCopy(code).setEnabled(enabled, clock.instant());
    }

    /** Saves an edited type; its code stays what it was. */
    public void save(@NotNull String code, @NotNull LetterTypeDefinition edited) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        LetterTypeDefinition checked = TypeRules.checked(edited.withCode(code));
        changes.record(currentVillage.id(), CHANGE);
        ownCopy(code).change(checked, clock.instant());
    }

    /** Defines a new type (disabled until the admin enables it). */
    public void create(@NotNull LetterTypeDefinition definition) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        LetterTypeDefinition checked = TypeRules.checked(definition);
        changes.record(currentVillage.id(), CHANGE);
        if (types.byCode(checked.code()).isPresent()
                || shipped.find(checked.code()).isPresent()) {
            throw new BusinessException("letters.type.code.taken", checked.code());
        }
        types.add(new LetterType(currentVillage.id(), checked, false, clock.instant()));
    }

    /** The type as a file another village can import. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(@NotNull String code) {
        return TypeFiles.export(definition(code));
    }

    /**
     * Imports an exported type as a new, disabled type of this village; a code the village uses
     * already is refused (the admin may give another).
     *
     * @param code the code to give it, or null for the file's own
     * @return the code it was imported as
     */
    public String importFile(@NotNull byte[] file, String code) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        LetterTypeDefinition read = TypeFiles.read(file, null);
        if (code != null && !code.isBlank()) {
            read = read.withCode(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
        create(read);
        return TypeRules.checked(read).code();
    }

    /**
     * The template filled with sample data, as the letter's body would read: checked and sanitised
     * like a saved one, so the preview shows what would be stored.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String preview(@NotNull LetterTypeDefinition edited) {
        user.require(Permission.MANAGE_LETTER_TYPES);
        LetterTypeDefinition checked = TypeRules.checked(edited);
        Map<String, String> samples = new HashMap<>(Placeholders.samples(checked.fields()));
        var village = currentVillage.require();
        samples.put("desa.nama", village.name());
        samples.put("desa.kecamatan", village.districtName());
        samples.put("desa.kabupaten", village.regencyName());
        samples.put("desa.provinsi", village.provinceName());
        samples.put("desa.kode", village.code());
        samples.put("surat.jenis", checked.name());
        return LetterTemplate.fill(checked.template(), samples);
    }

    /** The village's row of a type, made from the shipped one at first need. */
    private LetterType ownCopy(String code) {
        Optional<LetterType> own = types.byCodeForUpdate(code);
        if (own.isPresent()) {
            return own.get();
        }
        LetterTypeDefinition original = shipped.find(code).orElseThrow(NotFoundException::new);
        LetterType copy = new LetterType(currentVillage.id(), original, true, clock.instant());
        types.add(copy);
        return copy;
    }
}
