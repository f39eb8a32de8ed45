package id.portaldesa.site.web;

import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.Sites;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The village's profile and contact card, last on its home page; from the snapshot, no SQL. */
@ApplicationScoped
public class ContactSection implements HomeSection {

    @Inject
    CurrentVillage village;

    @Inject
    Sites sites;

    /** What the contact card shows: the site's contact, office hours and the village's official code. */
    public record Contact(String address, String phone, String email, String code, String officeHours) {

        public Contact(String address, String phone, String email, String code) {
            this(address, phone, email, code, null);
        }
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String titleKey() {
        return "site.home.contact";
    }

    @Override
    public String fragment() {
        return "/WEB-INF/sections/site/contact.xhtml";
    }

    @Override
    public Optional<?> model() {
        return village.get().map(v -> {
            SiteRef site = sites.of(v.id());
            return new Contact(site.address(), site.phone(), site.email(), v.code(), site.officeHours());
        });
    }
}
