package id.portaldesa.catalogue;

import id.portaldesa.account.Account;
import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.workflow.StateChange;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The village admin's side of products (APPROVE_PRODUCTS: village admin and operator): the queue
 * of new and changed products, approving (the draft becomes public, under an address that follows
 * its name; the old address answers 301), refusing or hiding with a reason the seller sees and is
 * mailed, showing a hidden product again, featuring products on the home page.
 */
@ApplicationScoped
@Transactional
public class ProductReviewService {

    /** Which products a list shows. */
    public enum Filter {
        WAITING(EnumSet.of(ProductState.PENDING, ProductState.CHANGE_PENDING)),
        PUBLIC(EnumSet.of(ProductState.PUBLISHED, ProductState.CHANGE_PENDING, ProductState.CHANGE_REJECTED)),
        NOT_PUBLIC(EnumSet.of(ProductState.REJECTED, ProductState.HIDDEN)),
        ALL(EnumSet.allOf(ProductState.class));

        private final Set<ProductState> states;

        Filter(Set<ProductState> states) {
            this.states = states;
        }
    }

    /** A product in the admin's list. */
    public record Row(long id, String name, String shopName, ProductState state, long price, Instant updatedAt) {}

    /** Everything the admin weighs: the draft against what the public sees, and the history. */
    public record Review(
            Product product,
            Seller seller,
            String categoryName,
            List<MediaRef> draftPhotos,
            List<MediaRef> publishedPhotos,
            List<History> history) {

        public boolean nameChanged() {
            return product.wasApproved() && !product.getName().equals(product.getDraftName());
        }

        public boolean descriptionChanged() {
            return product.wasApproved() && !product.getDescription().equals(product.getDraftDescription());
        }

        public boolean photosChanged() {
            return !draftPhotos.equals(publishedPhotos);
        }
    }

    /** One recorded move: its message key, who, when, and the reason given. */
    public record History(String messageKey, String actor, Instant at, String note) {}

    @Inject
    CurrentUser user;

    @Inject
    ProductRepository products;

    @Inject
    ProductPhotoRepository photos;

    @Inject
    SellerRepository sellers;

    @Inject
    CategoryRepository categories;

    @Inject
    CatalogueOldSlugRepository oldSlugs;

    @Inject
    AccountRepository accounts;

    @Inject
    Photos media;

    @Inject
    StateChanges stateChanges;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    SellerMails mails;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Row> list(@NotNull PageRequest request, @NotNull Filter filter) {
        user.require(Permission.APPROVE_PRODUCTS);
        Slice<Product> page = products.page(request, filter.states);
        Map<Long, String> shops = new HashMap<>();
        page.items()
                .forEach(p -> shops.computeIfAbsent(
                        p.getSellerId(),
                        id -> sellers.find(id).map(Seller::getShopName).orElse("?")));
        return page.map(p -> new Row(
                p.getId(), p.getDraftName(), shops.get(p.getSellerId()), p.getState(), p.getPrice(), p.getUpdatedAt()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        user.require(Permission.APPROVE_PRODUCTS);
        return products.page(PageRequest.first(1), Filter.WAITING.states).total();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Review review(long productId) {
        user.require(Permission.APPROVE_PRODUCTS);
        Product product = products.require(productId);
        List<ProductPhoto> all = photos.ofProduct(productId);
        Map<Long, MediaRef> refs =
                media.byId(all.stream().map(ProductPhoto::getMediaId).toList());
        List<MediaRef> draft = all.stream()
                .filter(ProductPhoto::isInDraft)
                .map(p -> refs.get(p.getMediaId()))
                .filter(java.util.Objects::nonNull)
                .toList();
        List<MediaRef> published = all.stream()
                .filter(ProductPhoto::isInPublished)
                .map(p -> refs.get(p.getMediaId()))
                .filter(java.util.Objects::nonNull)
                .toList();
        String category = product.getCategoryId() == null
                ? null
                : categories
                        .find(product.getCategoryId())
                        .map(Category::getName)
                        .orElse(null);
        return new Review(
                product, sellers.require(product.getSellerId()), category, draft, published, historyOf(productId));
    }

    /** The draft becomes what the public sees; a new name gives a new address, the old one answers 301. */
    public void approve(long productId) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        Product product = products.lock(products.require(productId));
        ProductState from = product.getState();
        stateChanges.move(ProductState.FLOW, productId, from, ProductState.PUBLISHED, actor(), null);
        Instant now = clock.instant();
        String slug = product.getSlug();
        if (slug == null || !product.getDraftName().equals(product.getName())) {
            slug = Slugs.unique(
                    product.getDraftName(),
                    "produk",
                    s -> products.slugTaken(s, productId)
                            || oldSlugs.heldByOther(CatalogueOldSlug.PRODUCT, s, productId));
            oldSlugs.move(CatalogueOldSlug.PRODUCT, productId, product.getSlug(), slug, now);
        }
        for (ProductPhoto photo : photos.ofProduct(productId)) {
            photo.publishIfInDraft();
            if (photo.isUnused()) {
                photos.remove(photo);
                media.delete(photo.getMediaId());
            }
        }
        product.publishDraft(slug, now);
        product.moveTo(ProductState.PUBLISHED, null, now);
    }

    /** Refuses a new product, or a change of a public one (the public keeps the approved version). */
    public void reject(long productId, @Size(max = Reasons.MAX) String reason) {
        user.require(Permission.APPROVE_PRODUCTS);
        String why = Reasons.required(reason);
        Product product = products.require(productId);
        ProductState next = product.getState() == ProductState.CHANGE_PENDING
                ? ProductState.CHANGE_REJECTED
                : ProductState.REJECTED;
        decide(product, next, why);
    }

    /** Takes a product off the public site, with a reason the seller sees. */
    public void hide(long productId, @Size(max = Reasons.MAX) String reason) {
        user.require(Permission.APPROVE_PRODUCTS);
        decide(products.require(productId), ProductState.HIDDEN, Reasons.required(reason));
    }

    /** Shows a hidden product again as last approved; a change the seller made meanwhile still waits. */
    public void unhide(long productId) {
        user.require(Permission.APPROVE_PRODUCTS);
        Product product = products.require(productId);
        boolean draftDiffers = !product.getDraftName().equals(product.getName())
                || !product.getDraftDescription().equals(product.getDescription())
                || photos.ofProduct(productId).stream().anyMatch(p -> p.isInDraft() != p.isInPublished());
        decide(product, draftDiffers ? ProductState.CHANGE_PENDING : ProductState.PUBLISHED, null);
    }

    /** Features a product on the village's home page (or stops featuring it). */
    public void feature(long productId, boolean featured) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        products.lock(products.require(productId)).feature(featured);
    }

    private void decide(Product found, ProductState next, String reason) {
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        Product product = products.lock(found);
        stateChanges.move(ProductState.FLOW, product.getId(), product.getState(), next, actor(), reason);
        product.moveTo(next, reason, clock.instant());
        if (reason != null) {
            mails.productDecided(sellers.require(product.getSellerId()), product);
        }
    }

    private List<History> historyOf(long productId) {
        List<StateChange> moves = stateChanges.historyOf(ProductState.FLOW.subject(), productId);
        Map<Long, String> names = new HashMap<>();
        return moves.stream()
                .map(c -> new History(
                        c.getMessageKey(),
                        c.getActorAccountId() == null
                                ? null
                                : names.computeIfAbsent(
                                        c.getActorAccountId(),
                                        id -> accounts.find(id)
                                                .map(Account::getDisplayName)
                                                .orElse("?")),
                        c.getChangedAt(),
                        c.getNote()))
                .toList();
    }

    private Long actor() {
        return user.accountId().orElse(null);
    }
}
