package id.portaldesa.catalogue;

import id.portaldesa.media.MediaRef;
import id.portaldesa.village.ContentRevisions;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each village's public catalogue as an immutable {@link CatalogueSnapshot} in memory, so that the
 * product and destination pages, the home page's sections, the village search, the sitemap and the
 * API read no database per visitor. A snapshot is used while it is at least as new as the village's
 * content revision: every public change of the catalogue is recorded through {@code VillageChanges},
 * so the next reader after a change reads the village anew (one reader; the others wait for it). No
 * cache is invalidated by hand. Snapshots of villages nobody reads are let go when too many are
 * kept.
 */
@ApplicationScoped
public class PublicCatalogue {

    /** Villages whose catalogue is kept at most; the least recently read go first. */
    static final int MAX_VILLAGES = 2000;
    /** Products and destinations kept at most over all villages (a few hundred bytes each). */
    static final int MAX_ITEMS = 60_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentRevisions revisions;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    Photos photos;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Kept(CatalogueSnapshot snapshot, AtomicLong lastRead) {}

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private final Map<Long, Object> loading = new ConcurrentHashMap<>();

    /** The current village's public catalogue. */
    public CatalogueSnapshot current() {
        return of(currentVillage.id());
    }

    public CatalogueSnapshot of(long villageId) {
        long revision = revisions.of(villageId);
        Kept known = kept.get(villageId);
        if (known != null && known.snapshot().revision() >= revision) {
            known.lastRead().set(System.nanoTime());
            return known.snapshot();
        }
        // One reader loads a changed village; the others wait for its snapshot.
        synchronized (loading.computeIfAbsent(villageId, id -> new Object())) {
            known = kept.get(villageId);
            if (known != null && known.snapshot().revision() >= revisions.of(villageId)) {
                return known.snapshot();
            }
            CatalogueSnapshot fresh = load(villageId);
            // Read inside a transaction, the rows may hold a change that is never committed.
            if (outsideTransaction()) {
                kept.put(villageId, new Kept(fresh, new AtomicLong(System.nanoTime())));
                trim();
            }
            return fresh;
        }
    }

    private CatalogueSnapshot load(long villageId) {
        // The revision first: the rows read after it hold every change up to it.
        long revision = revisions.fromDatabase(villageId);
        VillageRef village = directory.byId(villageId).orElse(null);
        if (village == null) {
            return CatalogueSnapshot.empty(villageId, revision);
        }
        return currentVillage.within(village, () -> read(villageId, revision));
    }

    private CatalogueSnapshot read(long villageId, long revision) {
        Map<Long, Category> categories = new LinkedHashMap<>();
        em.createQuery("select c from Category c where c.villageId = :v order by c.position, c.id", Category.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(c -> categories.put(c.getId(), c));
        List<Object[]> rows = em.createQuery(
                        "select p, s from Product p, Seller s where p.villageId = :v and s.villageId = :v"
                                + " and s.id = p.sellerId and s.state = :approved and p.state in :states"
                                + " order by p.publishedAt desc, p.id desc",
                        Object[].class)
                .setParameter("v", villageId)
                .setParameter("approved", SellerState.APPROVED)
                .setParameter(
                        "states",
                        List.of(ProductState.PUBLISHED, ProductState.CHANGE_PENDING, ProductState.CHANGE_REJECTED))
                .getResultList();
        Map<Long, List<Long>> productPhotos = new HashMap<>();
        em.createQuery(
                        "select ph from ProductPhoto ph where ph.villageId = :v and ph.inPublished = true"
                                + " order by ph.position, ph.id",
                        ProductPhoto.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(ph -> productPhotos
                        .computeIfAbsent(ph.getProductId(), id -> new ArrayList<>())
                        .add(ph.getMediaId()));
        List<Destination> published = em.createQuery(
                        "select d from Destination d where d.villageId = :v and d.published = true"
                                + " order by d.publishedAt desc, d.id desc",
                        Destination.class)
                .setParameter("v", villageId)
                .getResultList();
        Map<Long, List<Long>> destinationPhotos = new HashMap<>();
        em.createQuery(
                        "select ph from DestinationPhoto ph where ph.villageId = :v order by ph.position, ph.id",
                        DestinationPhoto.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(ph -> destinationPhotos
                        .computeIfAbsent(ph.getDestinationId(), id -> new ArrayList<>())
                        .add(ph.getMediaId()));

        List<Long> mediaIds = new ArrayList<>();
        rows.forEach(r -> mediaIds.addAll(productPhotos.getOrDefault(((Product) r[0]).getId(), List.of())));
        published.forEach(d -> mediaIds.addAll(destinationPhotos.getOrDefault(d.getId(), List.of())));
        Map<Long, MediaRef> media = photos.byId(mediaIds);

        List<PublicProduct> products = new ArrayList<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            Product p = (Product) row[0];
            Seller s = (Seller) row[1];
            Category c = p.getCategoryId() == null ? null : categories.get(p.getCategoryId());
            if (c != null) {
                counts.merge(c.getId(), 1, Integer::sum);
            }
            products.add(new PublicProduct(
                    p.getId(),
                    p.getSlug(),
                    p.getName(),
                    p.getDescription(),
                    p.getPrice(),
                    p.getUnit(),
                    p.getStock(),
                    c == null ? null : c.getSlug(),
                    c == null ? null : c.getName(),
                    s.getShopName(),
                    s.getWhatsapp(),
                    refs(productPhotos.get(p.getId()), media),
                    p.isFeatured(),
                    p.getPublishedAt(),
                    p.getUpdatedAt(),
                    Texts.searchable(
                            p.getName(), p.getDescription(), s.getShopName(), c == null ? null : c.getName())));
        }
        List<PublicCategory> shownCategories = categories.values().stream()
                .filter(c -> counts.containsKey(c.getId()))
                .map(c -> new PublicCategory(c.getSlug(), c.getName(), counts.get(c.getId())))
                .toList();
        List<PublicDestination> destinations = published.stream()
                .map(d -> new PublicDestination(
                        d.getId(),
                        d.getSlug(),
                        d.getName(),
                        d.getDescription(),
                        Texts.lines(d.getFacilities()),
                        d.getOpeningHours(),
                        d.getTicketPrice(),
                        d.getTicketNote(),
                        d.getAddress(),
                        d.getLatitude(),
                        d.getLongitude(),
                        d.getContactPhone(),
                        refs(destinationPhotos.get(d.getId()), media),
                        d.isFeatured(),
                        d.getPublishedAt(),
                        d.getUpdatedAt(),
                        Texts.searchable(d.getName(), d.getDescription(), d.getFacilities(), d.getAddress())))
                .toList();
        Map<String, String> movedProducts = new HashMap<>();
        Map<String, String> movedDestinations = new HashMap<>();
        Map<Long, String> productSlugs = new HashMap<>();
        products.forEach(p -> productSlugs.put(p.id(), p.slug()));
        Map<Long, String> destinationSlugs = new HashMap<>();
        destinations.forEach(d -> destinationSlugs.put(d.id(), d.slug()));
        em.createQuery("select o from CatalogueOldSlug o where o.villageId = :v", CatalogueOldSlug.class)
                .setParameter("v", villageId)
                .getResultList()
                .forEach(o -> {
                    boolean product = CatalogueOldSlug.PRODUCT.equals(o.getKind());
                    String now = (product ? productSlugs : destinationSlugs).get(o.getTargetId());
                    if (now != null) {
                        (product ? movedProducts : movedDestinations).put(o.getSlug(), now);
                    }
                });
        return new CatalogueSnapshot(
                villageId, revision, products, shownCategories, destinations, movedProducts, movedDestinations);
    }

    private static List<MediaRef> refs(List<Long> ids, Map<Long, MediaRef> media) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(media::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Lets the least recently read villages go while too many, or too many items, are kept. */
    private void trim() {
        int items = kept.values().stream().mapToInt(k -> k.snapshot().weight()).sum();
        if (kept.size() <= MAX_VILLAGES && items <= MAX_ITEMS) {
            return;
        }
        List<Map.Entry<Long, Kept>> oldestFirst = new ArrayList<>(kept.entrySet());
        oldestFirst.sort(Comparator.comparingLong(e -> e.getValue().lastRead().get()));
        int villages = kept.size();
        for (Map.Entry<Long, Kept> e : oldestFirst) {
            if (villages <= MAX_VILLAGES && items <= MAX_ITEMS) {
                break;
            }
            if (kept.remove(e.getKey(), e.getValue())) {
                villages--;
                items -= e.getValue().snapshot().weight();
            }
        }
    }

    private boolean outsideTransaction() {
        return transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }
}
