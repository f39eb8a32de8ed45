package id.portaldesa.site.web;

import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.site.menu.MenuService;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The village admin orders the public menu (up and down, no script needed) and hides entries; the
 * order is stored only when saved.
 */
@Named
@ViewScoped
public class MenuPage implements Serializable {

    @Inject
    CurrentVillage village;

    @Inject
    MenuService menu;

    /** One line of the form: the entry and whether it is shown. */
    public static final class Row implements Serializable {
        private final MenuService.Line line;
        private boolean shown;

        Row(MenuService.Line line) {
            this.line = line;
            this.shown = !line.hidden();
        }

        public MenuService.Line getLine() {
            return line;
        }

        public String getKey() {
            return line.entry().key();
        }

        public boolean isShown() {
            return shown;
        }

        public void setShown(boolean shown) {
            this.shown = shown;
        }
    }

    private List<Row> rows;

    @PostConstruct
    void load() {
        village.check();
        rows = new ArrayList<>(menu.lines().stream().map(Row::new).toList());
    }

    public void move(int index, int step) {
        int to = index + Integer.signum(step);
        if (index >= 0 && index < rows.size() && to >= 0 && to < rows.size()) {
            rows.add(to, rows.remove(index));
        }
    }

    public void save() {
        Set<String> hidden = new HashSet<>();
        rows.stream().filter(r -> !r.isShown()).forEach(r -> hidden.add(r.getKey()));
        menu.arrange(rows.stream().map(Row::getKey).toList(), hidden);
        FacesMessages.info("site.menu.saved");
    }

    public List<Row> getRows() {
        return rows;
    }
}
