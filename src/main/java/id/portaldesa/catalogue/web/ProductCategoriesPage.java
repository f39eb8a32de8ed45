package id.portaldesa.catalogue.web;

import id.portaldesa.catalogue.Category;
import id.portaldesa.catalogue.CategoryService;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The village's product categories, {@code /kantor/kategori-produk}: add, rename, order, remove. */
@Named
@ViewScoped
public class ProductCategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryService service;

    /** The category being renamed; null while adding. */
    private Long editingId;

    @NotBlank
    @Size(max = 60)
    private String name;

    private transient List<Category> categories;

    public void save() {
        if (editingId == null) {
            service.add(name);
            FacesMessages.info("catalogue.category.added");
        } else {
            service.rename(editingId, name);
            FacesMessages.info("catalogue.category.renamed");
        }
        editingId = null;
        name = null;
        categories = null;
    }

    public void edit(long categoryId, String current) {
        editingId = categoryId;
        name = current;
    }

    public void cancel() {
        editingId = null;
        name = null;
    }

    public void up(long categoryId) {
        service.move(categoryId, -1);
        categories = null;
    }

    public void down(long categoryId) {
        service.move(categoryId, 1);
        categories = null;
    }

    public void remove(long categoryId) {
        service.remove(categoryId);
        FacesMessages.info("catalogue.category.removed");
        if (Long.valueOf(categoryId).equals(editingId)) {
            cancel();
        }
        categories = null;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = service.all();
        }
        return categories;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
