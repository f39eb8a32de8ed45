package id.portaldesa.participation;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What anyone may read of a village's aspirations: the published ones not hidden by flags, with their
 * public history. Every answer is kept in memory for the village's content revision ({@link
 * KeptByRevision}), so a visitor's list costs no query while nothing changed; paging, the filters and
 * both sorts run in the database (indexes {@code ix_aspiration_public_*}).
 */
@ApplicationScoped
public class PublicAspirations {

    static final int EXCERPT = 220;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeptByRevision kept;

    @Inject
    MediaService media;

    @Inject
    StateChanges stateChanges;

    /** How the list is sorted: {@code ?urut=baru} (default) or {@code ?urut=dukungan}. */
    public enum Sort {
        NEWEST("baru", " order by e.publishedAt desc, e.id desc"),
        MOST_SUPPORTED("dukungan", " order by e.supportCount desc, e.publishedAt desc, e.id desc");

        private final String param;
        private final String orderBy;

        Sort(String param, String orderBy) {
            this.param = param;
            this.orderBy = orderBy;
        }

        public String param() {
            return param;
        }

        public static Optional<Sort> parse(String given) {
            if (given == null || given.isBlank()) {
                return Optional.of(NEWEST);
            }
            for (Sort s : values()) {
                if (s.param.equals(given.strip())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** An aspiration in a list. */
    public record Card(
            long id,
            String title,
            String summary,
            Category category,
            AspirationState state,
            int supports,
            String dusun,
            Instant publishedAt,
            MediaRef photo)
            implements java.io.Serializable {}

    /** A move in the public history: when, to what, and the official's response. */
    public record Step(Instant at, String messageKey, AspirationState to, String note) implements java.io.Serializable {

        public List<String> paragraphs() {
            return Paragraphs.of(note);
        }
    }

    /** One published aspiration as its page shows it. */
    public record View(
            long id,
            String title,
            String description,
            Category category,
            AspirationState state,
            int supports,
            String dusun,
            String rt,
            String rw,
            java.math.BigDecimal latitude,
            java.math.BigDecimal longitude,
            Instant publishedAt,
            List<MediaRef> photos,
            List<Step> history)
            implements java.io.Serializable {

        /** The description's paragraphs, for a page that shows line breaks without markup. */
        public List<String> paragraphs() {
            return Paragraphs.of(description);
        }
    }

    public Slice<Card> page(long villageId, Category category, AspirationState state, Sort sort, PageRequest request) {
        String what = "page:" + category + ":" + state + ":" + sort + ":" + request.first() + ":" + request.size();
        return kept.read(villageId, what, () -> {
            String where = " from Aspiration e where e.villageId = :v and e.state in :states and e.hidden = false"
                    + (category == null ? "" : " and e.category = :c");
            TypedQuery<Aspiration> rows = em.createQuery("select e" + where + sort.orderBy, Aspiration.class);
            TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
            List<AspirationState> states = state == null ? List.copyOf(AspirationState.PUBLIC) : List.of(state);
            for (TypedQuery<?> q : List.of(rows, count)) {
                q.setParameter("v", villageId).setParameter("states", states);
                if (category != null) {
                    q.setParameter("c", category);
                }
            }
            List<Aspiration> found = rows.setFirstResult(request.first())
                    .setMaxResults(request.size())
                    .getResultList();
            return new Slice<>(cards(villageId, found), count.getSingleResult(), request);
        });
    }

    /** The newest published aspirations (the home page). */
    public List<Card> latest(long villageId, int count) {
        return page(villageId, null, null, Sort.NEWEST, PageRequest.first(count))
                .items();
    }

    /** A published, visible aspiration; anything else (waiting, rejected, hidden, another village's) is empty. */
    public Optional<View> view(long villageId, long id) {
        return kept.read(
                villageId,
                "view:" + id,
                () -> em.createQuery(
                                "select e from Aspiration e where e.villageId = :v and e.id = :id", Aspiration.class)
                        .setParameter("v", villageId)
                        .setParameter("id", id)
                        .getResultStream()
                        .filter(Aspiration::isVisible)
                        .findFirst()
                        .map(a -> new View(
                                a.getId(),
                                a.getTitle(),
                                a.getDescription(),
                                a.getCategory(),
                                a.getState(),
                                a.getSupportCount(),
                                a.getDusun(),
                                a.getRt(),
                                a.getRw(),
                                a.getLatitude(),
                                a.getLongitude(),
                                a.getPublishedAt(),
                                photos(villageId, List.of(a.getId())).getOrDefault(a.getId(), List.of()),
                                history(a))));
    }

    /** Published aspirations whose title or text holds the words (search page). */
    public List<Card> search(long villageId, String text, int limit) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return kept.read(villageId, "search:" + limit + ":" + wanted, () -> {
            String pattern =
                    "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<Aspiration> found = em.createQuery(
                            "select e from Aspiration e where e.villageId = :v and e.state in :states and e.hidden = false"
                                    + " and (lower(e.title) like :p or lower(e.description) like :p)"
                                    + Sort.NEWEST.orderBy,
                            Aspiration.class)
                    .setParameter("v", villageId)
                    .setParameter("states", List.copyOf(AspirationState.PUBLIC))
                    .setParameter("p", pattern)
                    .setMaxResults(limit)
                    .getResultList();
            return cards(villageId, found);
        });
    }

    /** Every public aspiration's id and last change (the sitemap). */
    public List<Card> all(long villageId) {
        return page(
                        villageId,
                        null,
                        null,
                        Sort.NEWEST,
                        new PageRequest(0, PageRequest.MAX_SIZE, Optional.empty(), true, Optional.empty()))
                .items();
    }

    private List<Step> history(Aspiration a) {
        List<Step> steps = new ArrayList<>();
        for (StateChange c : stateChanges.historyOf(AspirationState.FLOW.subject(), a.getId())) {
            AspirationState to = AspirationState.valueOf(c.getToState());
            // What an official answered is public; a moderator's reason is not.
            String note = AspirationState.ANSWERS.contains(to) ? c.getNote() : null;
            steps.add(new Step(c.getChangedAt(), c.getMessageKey(), to, note));
        }
        return List.copyOf(steps);
    }

    private List<Card> cards(long villageId, List<Aspiration> found) {
        Map<Long, List<MediaRef>> photos =
                photos(villageId, found.stream().map(Aspiration::getId).toList());
        return found.stream()
                .map(a -> new Card(
                        a.getId(),
                        a.getTitle(),
                        PageLinks.summaryOf(a.getDescription(), EXCERPT),
                        a.getCategory(),
                        a.getState(),
                        a.getSupportCount(),
                        a.getDusun(),
                        a.getPublishedAt(),
                        photos.getOrDefault(a.getId(), List.of()).stream()
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    private Map<Long, List<MediaRef>> photos(long villageId, List<Long> aspirationIds) {
        if (aspirationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT aspiration_id, media_id FROM aspiration_photo WHERE village_id = ?1 AND aspiration_id IN ("
                                + aspirationIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                                + ") ORDER BY aspiration_id, position")
                .setParameter(1, villageId)
                .getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, MediaRef> refs = media
                .findAll(rows.stream().map(r -> ((Number) r[1]).longValue()).toList())
                .stream()
                .collect(Collectors.toMap(MediaRef::id, Function.identity()));
        Map<Long, List<MediaRef>> byAspiration = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            MediaRef ref = refs.get(((Number) r[1]).longValue());
            if (ref != null) {
                byAspiration
                        .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(ref);
            }
        }
        byAspiration.replaceAll((k, v) -> List.copyOf(v));
        byAspiration.values().removeIf(Objects::isNull);
        return byAspiration;
    }
}
