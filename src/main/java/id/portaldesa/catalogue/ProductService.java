package id.portaldesa.catalogue;

import id.portaldesa.account.ResidentStatus;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.workflow.StateChanges;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What an approved seller does with their own products: add, change, add and remove photos,
 * delete. A seller reaches only their own products: another seller's product id, like another
 * village's, is not found. A new product, and a change of its name, description or photos, waits
 * for the admin ({@link ProductState#afterContentChange}); price, unit, stock and category publish at
 * once. Every call checks at its entry that the caller is a confirmed resident with an approved shop.
 */
@ApplicationScoped
@Transactional
public class ProductService {

    @Inject
    CurrentUser user;

    @Inject
    ResidentStatus residents;

    @Inject
    SellerRepository sellers;

    @Inject
    ProductRepository products;

    @Inject
    ProductPhotoRepository photos;

    @Inject
    CategoryRepository categories;

    @Inject
    CatalogueOldSlugRepository oldSlugs;

    @Inject
    Photos media;

    @Inject
    StateChanges stateChanges;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    Clock clock;

    /** A product as its seller sees it: the draft, its photos, and where it stands. */
    public record OwnProduct(Product product, List<OwnPhoto> photos) {}

    /** A photo of the seller's draft. */
    public record OwnPhoto(long id, MediaRef media) {}

    /** The caller's products, newest change first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Product> mine() {
        return products.ofSeller(seller().getId());
    }

    /** One of the caller's products with its draft photos, for the edit form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnProduct mine(long productId) {
        Product product = products.requireOf(seller().getId(), productId);
        return new OwnProduct(product, draftPhotos(product.getId()));
    }

    /** Adds a product (with a first photo when given); it waits for the admin's approval. */
    public long create(@NotNull @Valid ProductDraft draft, Upload photo) {
        Seller seller = seller();
        checkCategory(draft.categoryId());
        Product product = new Product(currentVillage.id(), seller.getId(), draft, clock.instant());
        products.addNow(product);
        stateChanges.move(ProductState.FLOW, product.getId(), null, ProductState.PENDING, seller.getAccountId(), null);
        if (photo != null) {
            addPhoto(product, photo);
        }
        return product.getId();
    }

    /**
     * Changes a product (and adds a photo when given). A new name or description, or a new photo,
     * sends it for review while the public keeps the approved version; price, unit, stock and
     * category show at once.
     */
    public void update(long productId, @NotNull @Valid ProductDraft draft, Upload photo) {
        Seller seller = seller();
        checkCategory(draft.categoryId());
        Product product = products.requireOf(seller.getId(), productId);
        boolean textChanged = product.textDiffers(draft);
        if (!textChanged && !product.factsDiffer(draft) && photo == null) {
            return;
        }
        // First in the transaction (it takes the village's lock): public pages follow whatever changed.
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        product = products.lock(product);
        product.write(draft, clock.instant());
        if (photo != null) {
            addPhoto(product, photo);
        }
        if (textChanged || photo != null) {
            contentChanged(product, seller);
        }
    }

    /** Removes a photo from the product's draft; the public keeps it until the change is approved. */
    public void removePhoto(long productId, long photoId) {
        Seller seller = seller();
        Product product = products.requireOf(seller.getId(), productId);
        ProductPhoto photo = photos.find(photoId)
                .filter(p -> p.getProductId() == product.getId() && p.isInDraft())
                .orElseThrow(NotFoundException::new);
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        Product locked = products.lock(product);
        photo.leaveDraft();
        if (photo.isUnused()) {
            photos.remove(photo);
            media.delete(photo.getMediaId());
        }
        locked.touch(clock.instant());
        contentChanged(locked, seller);
    }

    /** Deletes one of the caller's products, its photos and its old addresses. */
    public void delete(long productId) {
        Seller seller = seller();
        Product product = products.requireOf(seller.getId(), productId);
        changes.record(currentVillage.id(), CatalogueChanges.PRODUCT);
        Products.delete(products.lock(product), photos, oldSlugs, products, media::delete);
    }

    private void addPhoto(Product product, Upload upload) {
        List<ProductPhoto> current = photos.ofProduct(product.getId());
        if (current.stream().filter(ProductPhoto::isInDraft).count() >= Photos.MAX_PER_ITEM) {
            throw new BusinessException("catalogue.photo.tooMany", Photos.MAX_PER_ITEM);
        }
        MediaRef stored = media.store(upload);
        int position =
                current.stream().mapToInt(ProductPhoto::getPosition).max().orElse(0) + 1;
        photos.add(new ProductPhoto(currentVillage.id(), product.getId(), stored.id(), position));
    }

    /** A change the admin reviews: recorded as a move unless the product waits already. */
    private void contentChanged(Product product, Seller seller) {
        ProductState next = product.getState().afterContentChange();
        if (next != product.getState()) {
            stateChanges.move(
                    ProductState.FLOW, product.getId(), product.getState(), next, seller.getAccountId(), null);
            product.moveTo(next, null, clock.instant());
        }
    }

    private List<OwnPhoto> draftPhotos(long productId) {
        List<ProductPhoto> draft = photos.ofProduct(productId).stream()
                .filter(ProductPhoto::isInDraft)
                .toList();
        var refs = media.byId(draft.stream().map(ProductPhoto::getMediaId).toList());
        return draft.stream()
                .filter(p -> refs.containsKey(p.getMediaId()))
                .map(p -> new OwnPhoto(p.getId(), refs.get(p.getMediaId())))
                .toList();
    }

    private void checkCategory(Long categoryId) {
        if (categoryId != null && categories.find(categoryId).isEmpty()) {
            throw new BusinessException("catalogue.category.unknown");
        }
    }

    /**
     * The caller's approved shop in this village: a confirmed resident's, or nothing at all (a
     * visitor, another village's seller, a shop not approved).
     */
    private Seller seller() {
        user.require(Permission.USE_RESIDENT_SERVICES);
        residents.requireConfirmed();
        Optional<Seller> seller = user.accountId().flatMap(sellers::ofAccount);
        if (seller.isEmpty() || seller.get().getState() != SellerState.APPROVED) {
            throw new BusinessException("catalogue.seller.notApproved");
        }
        return seller.get();
    }
}
