package id.portaldesa.site.web;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.web.MediaLinks;
import id.portaldesa.shared.i18n.CurrentLanguage;
import id.portaldesa.shared.i18n.Messages;
import id.portaldesa.site.SiteRef;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's own parts: the hero picture and the description of a shared link. From memory. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentVillage village;

    @Inject
    CurrentSite site;

    @Inject
    CurrentLanguage language;

    @Inject
    SiteMedia media;

    @Inject
    MediaLinks links;

    /** The welcome, else the tagline, else a sentence naming the village and its region. */
    public String getDescription() {
        SiteRef ref = site.getRef();
        if (ref != null && ref.welcome() != null) {
            return ref.welcome();
        }
        if (ref != null && ref.tagline() != null) {
            return ref.tagline();
        }
        var v = village.require();
        return Messages.get(language.getLocale(), "site.home.description", v.name(), v.districtName(), v.regencyName());
    }

    /** The hero picture (media pipeline), null without one. */
    public MediaRef getHero() {
        SiteRef ref = site.getRef();
        return ref == null ? null : media.of(ref.heroMediaId());
    }

    /** The absolute address of the hero picture for a shared link (og:image); null without one. */
    public String getHeroImageUrl() {
        MediaRef hero = getHero();
        return hero == null ? null : links.absoluteSrc(hero, 1280);
    }
}
