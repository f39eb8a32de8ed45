package id.portaldesa.site.menu;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where the admin put one entry of the village's public menu, by the entry's stable key, and whether it is hidden. */
@Entity
@Table(name = "site_menu_entry")
public class MenuPlacement extends VillageOwned {

    @Column(name = "entry_key", nullable = false, updatable = false)
    private String entryKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean hidden;

    protected MenuPlacement() {}

    MenuPlacement(long villageId, String entryKey) {
        super(villageId);
        this.entryKey = entryKey;
    }

    void place(int position, boolean hidden) {
        this.position = position;
        this.hidden = hidden;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public int getPosition() {
        return position;
    }

    public boolean isHidden() {
        return hidden;
    }
}
