package id.portaldesa.site.web;

import id.portaldesa.shared.seams.HomeSection;
import id.portaldesa.village.CurrentVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The village's profile and contact card, last on its home page; from the snapshot, no SQL. */
@ApplicationScoped
public class ContactSection implements HomeSection {

    @Inject
    CurrentVillage village;

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
        return village.get();
    }
}
