package id.portaldesa.participation;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The village's names for the fixed categories and answer statuses (the bundle's unless the village
 * renamed one), the target response time of each complaint category, and the flag threshold. Read
 * from memory per village revision, so public pages ask the database nothing for them.
 */
@ApplicationScoped
public class Labels {

    public static final int SLA_MAX_HOURS = 24 * 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    CurrentUser user;

    @Inject
    VillageChanges changes;

    @Inject
    KeptByRevision kept;

    /** What a village set: its label texts by key, its SLA hours by category, its flag threshold. */
    public record Own(Map<String, String> texts, Map<Category, Integer> sla, int flagThreshold)
            implements java.io.Serializable {}

    public Own of(long villageId) {
        return kept.read(villageId, "labels", () -> load(villageId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Own load(long villageId) {
        Map<String, String> texts = new HashMap<>();
        Map<Category, Integer> sla = new HashMap<>();
        em.createQuery("select l from ParticipationLabel l where l.villageId = :v", ParticipationLabel.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(l -> {
                    if (!l.getText().isBlank()) {
                        texts.put(l.getLabelKey(), l.getText());
                    }
                    if (l.getSlaHours() != null) {
                        Category.parse(l.getLabelKey().substring(l.getLabelKey().lastIndexOf('.') + 1))
                                .ifPresent(c -> sla.put(c, l.getSlaHours()));
                    }
                });
        int threshold = em.createQuery(
                        "select s.flagThreshold from ParticipationSettings s where s.villageId = :v", Integer.class)
                .setParameter("v", villageId)
                .getResultStream()
                .findFirst()
                .orElse(ParticipationSettings.DEFAULT_FLAG_THRESHOLD);
        return new Own(Map.copyOf(texts), Map.copyOf(sla), threshold);
    }

    /** A label in the village's words, else the bundle's in {@code locale}. */
    public String text(long villageId, String key, Locale locale) {
        String own = of(villageId).texts().get(key);
        return own != null ? own : Messages.get(locale, key);
    }

    public String category(long villageId, Category c, Locale locale) {
        return text(villageId, c.labelKey(), locale);
    }

    public String state(long villageId, AspirationState s, Locale locale) {
        return text(villageId, s.labelKey(), locale);
    }

    public int slaHours(long villageId, Category c) {
        return of(villageId).sla().getOrDefault(c, c.defaultSlaHours());
    }

    public int flagThreshold(long villageId) {
        return of(villageId).flagThreshold();
    }

    /** One setting row as the settings page edits it. */
    public record Editable(String key, String defaultText, String text, Integer slaHours, boolean category)
            implements java.io.Serializable {}

    /** Every renamable label of the current village (categories first), for the settings page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Editable> editable(Locale locale) {
        user.require(Permission.MODERATE_PARTICIPATION);
        Own own = load(currentVillage.id());
        List<Editable> rows = new java.util.ArrayList<>();
        for (Category c : Category.values()) {
            rows.add(new Editable(
                    c.labelKey(),
                    Messages.get(locale, c.labelKey()),
                    own.texts().get(c.labelKey()),
                    own.sla().getOrDefault(c, c.defaultSlaHours()),
                    true));
        }
        for (AspirationState s : AspirationState.ANSWERS) {
            rows.add(new Editable(
                    s.labelKey(),
                    Messages.get(locale, s.labelKey()),
                    own.texts().get(s.labelKey()),
                    null,
                    false));
        }
        return rows;
    }

    /**
     * Saves the village's labels (an empty text: the bundle's again), the SLA of each complaint
     * category and the flag threshold.
     */
    @Transactional
    public void save(Map<String, String> texts, Map<String, Integer> slaHours, int flagThreshold) {
        user.require(Permission.MODERATE_PARTICIPATION);
        long village = currentVillage.id();
        if (flagThreshold < 1 || flagThreshold > 100) {
            throw new BusinessException("participation.settings.threshold.invalid");
        }
        changes.record(village, "participation.labels");
        Map<String, ParticipationLabel> existing = new HashMap<>();
        em.createQuery("select l from ParticipationLabel l where l.villageId = :v", ParticipationLabel.class)
                .setParameter("v", village)
                .getResultList()
                .forEach(l -> existing.put(l.getLabelKey(), l));
        java.util.Set<String> allowed = new java.util.HashSet<>();
        for (Category c : Category.values()) {
            allowed.add(c.labelKey());
        }
        AspirationState.ANSWERS.forEach(s -> allowed.add(s.labelKey()));
        for (String key : allowed) {
            String text = Texts.clean(texts.get(key));
            Integer sla = slaHours.get(key);
            if (text != null && text.length() > 80) {
                throw new BusinessException("participation.text.tooLong", 80);
            }
            if (sla != null && (sla < 1 || sla > SLA_MAX_HOURS)) {
                throw new BusinessException("participation.settings.sla.invalid", SLA_MAX_HOURS);
            }
            ParticipationLabel row = existing.get(key);
            if (text == null && sla == null) {
                if (row != null) {
                    em.remove(row);
                }
            } else if (row == null) {
                em.persist(new ParticipationLabel(village, key, text == null ? "" : text, sla));
            } else {
                row.change(text == null ? "" : text, sla);
            }
        }
        ParticipationSettings settings = em.createQuery(
                        "select s from ParticipationSettings s where s.villageId = :v", ParticipationSettings.class)
                .setParameter("v", village)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (settings == null) {
            em.persist(new ParticipationSettings(village, flagThreshold));
        } else {
            settings.setFlagThreshold(flagThreshold);
        }
    }
}
