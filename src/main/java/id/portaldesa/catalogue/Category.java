package id.portaldesa.catalogue;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product category of one village (Makanan, Kerajinan, …), in the order its admin chose. */
@Entity
@Table(name = "catalogue_category")
public class Category extends VillageOwned {

    @Column(nullable = false)
    private String name;

    /** Its address in the catalogue ({@code /produk?kategori=<slug>}); follows the name. */
    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private int position;

    protected Category() {}

    Category(long villageId, String name, String slug, int position) {
        super(villageId);
        rename(name, slug);
        this.position = position;
    }

    void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }
}
