package id.portaldesa.catalogue;

import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The village's product categories (APPROVE_PRODUCTS): added, renamed, moved, removed. Sellers pick
 * one for each product; a removed category's products stay, without a category.
 */
@ApplicationScoped
@Transactional
public class CategoryService {

    @Inject
    CurrentUser user;

    @Inject
    CategoryRepository categories;

    @Inject
    ProductRepository products;

    @Inject
    VillageChanges changes;

    @Inject
    CurrentVillage currentVillage;

    /** Every category of the village, in order: for sellers' forms and the admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> all() {
        currentVillage.check();
        return categories.all();
    }

    public Category add(@NotBlank @Size(max = 60) String name) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.CATEGORY);
        String clean = clean(name);
        List<Category> all = categories.all();
        if (all.stream().anyMatch(c -> c.getName().equalsIgnoreCase(clean))) {
            throw new BusinessException("catalogue.category.exists", clean);
        }
        int position = all.stream().mapToInt(Category::getPosition).max().orElse(0) + 1;
        Category category = new Category(currentVillage.id(), clean, slugFor(clean, null), position);
        categories.add(category);
        return category;
    }

    public void rename(long categoryId, @NotBlank @Size(max = 60) String name) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.CATEGORY);
        Category category = categories.require(categoryId);
        String clean = clean(name);
        if (categories.all().stream()
                .anyMatch(c -> !c.getId().equals(categoryId) && c.getName().equalsIgnoreCase(clean))) {
            throw new BusinessException("catalogue.category.exists", clean);
        }
        category.rename(clean, slugFor(clean, categoryId));
    }

    /** Moves a category one place up ({@code -1}) or down ({@code +1}). */
    public void move(long categoryId, int direction) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.CATEGORY);
        List<Category> all = new java.util.ArrayList<>(categories.all());
        Category category = categories.require(categoryId);
        int at = all.indexOf(category);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= all.size()) {
            return;
        }
        all.remove(at);
        all.add(to, category);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1);
        }
    }

    /** Removes a category; its products stay, without one. */
    public void remove(long categoryId) {
        user.require(Permission.APPROVE_PRODUCTS);
        changes.record(currentVillage.id(), CatalogueChanges.CATEGORY);
        Category category = categories.require(categoryId);
        products.inCategory(categoryId).forEach(Product::leaveCategory);
        categories.remove(category);
    }

    private String slugFor(String name, Long self) {
        return Slugs.unique(name, "kategori", s -> categories.slugTaken(s, self));
    }

    private static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
