package id.portaldesa.letters;

import id.portaldesa.account.OfficialTitle;
import id.portaldesa.account.Position;
import id.portaldesa.shared.events.VillageContentChanged;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The letters a village offers, as the public catalogue shows them: read from the database once per
 * village and kept until the village's letter types or settings change ({@link VillageContentChanged}
 * after commit). Visitors of {@code /surat} cost no query.
 */
@ApplicationScoped
public class LetterCatalogue {

    /** One offered letter: what it needs and who signs it. */
    public record Entry(
            long typeId,
            String code,
            String name,
            String description,
            Integer validityDays,
            int usualDays,
            List<FieldDef> fields,
            List<AttachmentDef> attachments,
            String signer,
            String onBehalfBy)
            implements Serializable {}

    @Inject
    CurrentVillage currentVillage;

    @Inject
    LetterTypeRepository types;

    @Inject
    LetterSettingsService settings;

    private final Map<Long, List<Entry>> byVillage = new ConcurrentHashMap<>();

    /** The current village's offered letters, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> entries() {
        VillageRef village = currentVillage.require();
        List<Entry> known = byVillage.get(village.id());
        if (known == null) {
            known = load(village);
            byVillage.put(village.id(), known);
        }
        return known;
    }

    public Optional<Entry> entry(String code) {
        return entries().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    private List<Entry> load(VillageRef village) {
        String head = OfficialTitle.suggest(Position.HEAD, null, village.code(), village.name());
        String onBehalf = settings.current().onBehalf()
                ? OfficialTitle.suggest(Position.SECRETARY, null, village.code(), village.name())
                : null;
        return types.enabled().stream()
                .map(t -> {
                    LetterTypeDefinition d = t.definition();
                    return new Entry(
                            t.getId(),
                            d.code(),
                            d.name(),
                            d.description(),
                            d.validityDays(),
                            d.usualDays(),
                            d.fields(),
                            d.attachments(),
                            head,
                            onBehalf);
                })
                .toList();
    }

    /** Letter types or settings changed and committed: read them again at the next visit. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VillageContentChanged change) {
        if (change.concerns("letters") || change.concerns("village")) {
            byVillage.remove(change.villageId());
        }
    }
}
