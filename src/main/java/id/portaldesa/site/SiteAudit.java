package id.portaldesa.site;

/** What the site feature writes to the village's audit log; each has {@code audit.action.<key>} in both bundles. */
public final class SiteAudit {

    public static final String DETAILS_CHANGED = "site.details.changed";
    public static final String OFFICIALS_CHANGED = "site.officials.changed";
    public static final String PAGE_SAVED = "site.page.saved";
    public static final String PAGE_DELETED = "site.page.deleted";
    public static final String MENU_CHANGED = "site.menu.changed";
    public static final String THEME_CHANGED = "site.theme.changed";
    public static final String HERO_CHANGED = "site.hero.changed";

    private SiteAudit() {}
}
