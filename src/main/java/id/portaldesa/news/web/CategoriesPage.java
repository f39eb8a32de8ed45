package id.portaldesa.news.web;

import id.portaldesa.news.CategoryRow;
import id.portaldesa.news.NewsService;
import id.portaldesa.shared.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /kantor/berita/kategori}: the village's news categories: add, rename, delete an empty one. */
@Named
@RequestScoped
public class CategoriesPage {

    @Inject
    NewsService news;

    @NotBlank
    @Size(max = 60)
    private String name;

    private final Map<Long, String> names = new HashMap<>();
    private List<CategoryRow> categories;

    public void create() {
        news.createCategory(name);
        FacesMessages.info("news.category.created", name.strip());
        name = null;
        categories = null;
    }

    public void rename(long id) {
        String newName = names.get(id);
        if (newName == null || newName.isBlank()) {
            FacesMessages.error("news.category.name.required");
            return;
        }
        news.renameCategory(id, newName);
        FacesMessages.info("news.category.renamed");
        categories = null;
    }

    public void delete(long id) {
        news.deleteCategory(id);
        FacesMessages.info("news.category.deleted");
        categories = null;
    }

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            categories = news.categories();
            categories.forEach(c -> names.putIfAbsent(c.id(), c.name()));
        }
        return categories;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
