package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.Category;
import id.portaldesa.catalogue.CategoryService;
import id.portaldesa.catalogue.Product;
import id.portaldesa.catalogue.ProductDraft;
import id.portaldesa.catalogue.ProductService;
import id.portaldesa.catalogue.ProductUnit;
import id.portaldesa.catalogue.Rupiah;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A seller adds or changes one of their products, {@code /akun/lapak/produk[?id=]}: name,
 * description, price, unit, stock, category and photos in one form. A refused upload or a wrong
 * price keeps everything else typed, and nothing is saved.
 */
@Named
@ViewScoped
public class ShopProductPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductService products;

    @Inject
    CategoryService categories;

    private Long id;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 4000)
    private String description;

    @NotBlank
    @Size(max = 30)
    private String price;

    @NotNull
    private ProductUnit unit = ProductUnit.PIECE;

    @Min(0)
    @Max(1_000_000)
    private Integer stock;

    private Long categoryId;

    private transient Part photo;
    private transient ProductService.OwnProduct own;
    private transient List<Category> categoryList;
    private boolean loaded;

    /** View action: the product's stored values, the first time the page opens. */
    public void load() {
        if (loaded || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        if (id != null) {
            Product p = own().product();
            name = p.getDraftName();
            description = p.getDraftDescription();
            price = Rupiah.format(p.getPrice()).substring(2);
            unit = p.getUnit();
            stock = p.getStock();
            categoryId = p.getCategoryId();
        }
    }

    public String save() {
        long amount = Rupiah.parse(price).orElseThrow(() -> new BusinessException("catalogue.price.invalid"));
        ProductDraft draft = new ProductDraft(name, description, amount, unit, stock, categoryId);
        Upload chosen = Upload.of(photo);
        Upload upload = chosen.isEmpty() ? null : chosen;
        if (id == null) {
            long created = products.create(draft, upload);
            FacesMessages.info("catalogue.product.created");
            FacesMessages.keepForNextRequest();
            return CatalogueRoutes.SHOP_PRODUCT + "?faces-redirect=true&id=" + created;
        }
        products.update(id, draft, upload);
        own = null;
        photo = null;
        FacesMessages.info(reviewWaits() ? "catalogue.product.savedForReview" : "catalogue.product.saved");
        return null;
    }

    public void removePhoto(long photoId) {
        products.removePhoto(id, photoId);
        own = null;
        FacesMessages.info("catalogue.photo.removed");
    }

    public String delete() {
        products.delete(id);
        FacesMessages.info("catalogue.product.deleted");
        FacesMessages.keepForNextRequest();
        return CatalogueRoutes.SHOP + "?faces-redirect=true";
    }

    private boolean reviewWaits() {
        return own().product().getState().awaitsReview();
    }

    private ProductService.OwnProduct own() {
        if (own == null && id != null) {
            own = products.mine(id);
        }
        return own;
    }

    /** The product as stored (state, reason, address), or null for a new one. */
    public Product getProduct() {
        return id == null ? null : own().product();
    }

    public List<ProductService.OwnPhoto> getPhotos() {
        return id == null ? List.of() : own().photos();
    }

    public List<Category> getCategories() {
        if (categoryList == null) {
            categoryList = categories.all();
        }
        return categoryList;
    }

    public ProductUnit[] getUnits() {
        return ProductUnit.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public ProductUnit getUnit() {
        return unit;
    }

    public void setUnit(ProductUnit unit) {
        this.unit = unit;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
