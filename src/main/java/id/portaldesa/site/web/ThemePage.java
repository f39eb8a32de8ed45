package id.portaldesa.site.web;

import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.validation.HexColor;
import id.portaldesa.shared.web.FacesMessages;
import id.portaldesa.shared.web.PageLinks;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.theme.Theme;
import id.portaldesa.site.theme.ThemeCatalogue;
import id.portaldesa.village.CurrentVillage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The village admin picks a theme and an accent colour, opens the village's home page drawn with
 * them ({@code ?pratinjau=}, visible to them only), then applies them for every visitor.
 */
@Named
@ViewScoped
public class ThemePage implements Serializable {

    @Inject
    CurrentVillage village;

    @Inject
    SiteService sites;

    @Inject
    ThemeCatalogue catalogue;

    @Inject
    PageLinks links;

    @Inject
    id.portaldesa.shared.i18n.CurrentLanguage language;

    @NotBlank
    private String theme;

    @NotBlank
    @HexColor
    private String accentColor;

    private String applied;

    @PostConstruct
    void load() {
        village.check();
        SiteService.Look look = sites.look();
        theme = catalogue.orDefault(look.theme()).name();
        applied = theme;
        accentColor = look.accentColor();
    }

    public List<Theme> getThemes() {
        return catalogue.all();
    }

    /** The home page drawn with the chosen theme and colour, for the admin's eyes only. */
    public String previewOf(String name) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ThemeLook.PREVIEW_PARAMETER, name);
        if (accentColor != null && accentColor.matches("#[0-9a-fA-F]{6}")) {
            parameters.put(ThemeLook.ACCENT_PARAMETER, accentColor.substring(1));
        }
        return links.to(id.portaldesa.village.TenantFilter.VILLAGE_HOME_VIEW, parameters);
    }

    public void apply() {
        Theme chosen = catalogue.find(theme).orElseThrow(NotFoundException::new);
        sites.applyLook(chosen.name(), accentColor);
        applied = chosen.name();
        FacesMessages.info("site.theme.applied", chosen.title(language.getLocale()));
    }

    /** Picks a theme without applying it yet (the preview link follows the choice). */
    public void choose(String name) {
        theme = catalogue.find(name).orElseThrow(NotFoundException::new).name();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getApplied() {
        return applied;
    }
}
