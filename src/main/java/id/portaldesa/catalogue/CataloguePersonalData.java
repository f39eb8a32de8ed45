package id.portaldesa.catalogue;

import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.privacy.PersonalDataSource;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's shops (one per village they sell in) and their products belong to the person: the
 * export lists them; erasure deletes them with their photos and old addresses, in every village.
 * Recorded state changes stay, by ids only (design: rows other records keep).
 */
@ApplicationScoped
public class CataloguePersonalData implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    VillageDirectory villages;

    @Inject
    CurrentVillage currentVillage;

    @Inject
    VillageChanges changes;

    @Inject
    ProductRepository products;

    @Inject
    ProductPhotoRepository photos;

    @Inject
    CatalogueOldSlugRepository oldSlugs;

    @Inject
    SellerRepository sellers;

    @Inject
    Photos media;

    @Override
    public String section() {
        return "catalogue";
    }

    @Override
    public Object export(DataSubject subject) {
        List<Seller> shops = shopsOf(subject);
        if (shops.isEmpty()) {
            return null;
        }
        return shops.stream().map(this::exported).toList();
    }

    private Map<String, Object> exported(Seller seller) {
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put(
                "village",
                villages.byId(seller.getVillageId()).map(VillageRef::code).orElse(null));
        shop.put("shopName", seller.getShopName());
        shop.put("whatsapp", "+" + seller.getWhatsapp());
        shop.put("state", seller.getState().name());
        shop.put("reason", seller.getReason());
        shop.put("requestedAt", seller.getRequestedAt());
        shop.put(
                "products",
                em.createQuery(
                                "select p from Product p where p.villageId = :v and p.sellerId = :s order by p.id",
                                Product.class)
                        .setParameter("v", seller.getVillageId())
                        .setParameter("s", seller.getId())
                        .getResultStream()
                        .map(CataloguePersonalData::exported)
                        .toList());
        return shop;
    }

    private static Map<String, Object> exported(Product p) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", p.getDraftName());
        product.put("description", p.getDraftDescription());
        product.put("publicName", p.getName());
        product.put("price", p.getPrice());
        product.put("unit", p.getUnit().name());
        product.put("stock", p.getStock());
        product.put("state", p.getState().name());
        product.put("reason", p.getReason());
        product.put("createdAt", p.getCreatedAt());
        return product;
    }

    @Override
    public void erase(DataSubject subject) {
        for (Seller seller : shopsOf(subject)) {
            villages.byId(seller.getVillageId())
                    .ifPresent(village -> currentVillage.within(village, () -> {
                        eraseIn(village, seller.getId());
                        return null;
                    }));
        }
    }

    /** In the shop's village: its products leave the public site, then the shop itself goes. */
    private void eraseIn(VillageRef village, long sellerId) {
        changes.record(village.id(), CatalogueChanges.SELLER);
        for (Product product : products.ofSeller(sellerId)) {
            Products.delete(products.lock(product), photos, oldSlugs, products, media::deleteForErasure);
        }
        sellers.find(sellerId).ifPresent(em::remove);
    }

    private List<Seller> shopsOf(DataSubject subject) {
        return em.createQuery("select s from Seller s where s.accountId = :a order by s.id", Seller.class)
                .setParameter("a", subject.accountId())
                .getResultList();
    }
}
