package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.seams.HomeSections;
import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.Sitemap;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.shared.site.VillageBranding;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteService;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import id.portaldesa.village.VillageTimeZone;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seams of shared, put together by CDI in the running application: every feature's
 * contributions are found, and each answers for the current village only.
 */
@ExtendWith(ArquillianExtension.class)
class SeamsIT {

    @Inject
    Fixtures fixtures;

    @Inject
    HomeSections homeSections;

    @Inject
    Search search;

    @Inject
    Sitemap sitemap;

    @Inject
    VillageBranding branding;

    @Inject
    VillageService villages;

    @Inject
    SiteService sites;

    @Inject
    LogoService logos;

    @Inject
    VillageClock clock;

    @Inject
    VillageDirectory directory;

    @Test
    void the_home_page_finds_the_site_sections_in_order() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actFor(village);
        List<HomeSections.Shown> shown = homeSections.getShown();
        List<String> ids = shown.stream().map(HomeSections.Shown::id).toList();
        assertTrue(
                ids.indexOf("section-site-services") >= 0
                        && ids.indexOf("section-site-services") < ids.indexOf("section-site-contact"),
                ids.toString());
        assertEquals(
                new id.portaldesa.site.web.ContactSection.Contact(null, null, null, village.code()),
                shown.get(ids.indexOf("section-site-contact")).model(),
                "the current village's contact, from its site");
    }

    @Test
    void search_finds_the_profile_of_the_current_village_only() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        String tagline = "Lumbung " + UUID.randomUUID().toString().substring(0, 8);
        fixtures.actAsAdminOf(a);
        sites.updateProfile(new SiteProfile(tagline, null, null, null, "#2e7d32"));
        List<SearchHit> hits = search.search(tagline.toUpperCase());
        assertEquals(
                1,
                hits.stream()
                        .filter(h -> h.kindKey().equals("site.search.kind.profile"))
                        .count(),
                hits.toString());
        assertEquals(a.name(), hits.get(0).title());
        assertEquals(tagline, hits.get(0).snippet());

        fixtures.actFor(b);
        assertEquals(List.of(), search.search(tagline), "B's search finds nothing of A");
    }

    @Test
    void the_sitemap_lists_the_home_page() {
        fixtures.actFor(fixtures.freshVillage());
        List<SitemapEntry> entries = sitemap.entries();
        assertTrue(entries.stream().anyMatch(e -> e.viewId().equals("/public/site/home.xhtml")), entries.toString());
    }

    @Test
    void branding_tells_a_villages_name_logo_and_contact_for_its_id() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        sites.updateProfile(
                new SiteProfile("Maju bersama", "Jl. Desa No. 1", "0746 21000", "kantor@desa-a.test", "#1565c0"));
        assertNull(branding.of(a.id()).orElseThrow().logoUrl(), "no logo yet");
        MediaRef logo = logos.replace(new Upload("logo.png", CrossVillageIsolationIT.png(new Color(0x1565c0))));

        // Asked from village B's request: branding goes by the id it is given, as a letterhead job would.
        fixtures.actFor(b);
        VillageBranding.Branding ofA = branding.of(a.id()).orElseThrow();
        assertEquals(a.name(), ofA.displayName());
        assertEquals("#1565c0", ofA.accentColor());
        assertEquals("Maju bersama", ofA.tagline());
        assertEquals("Jl. Desa No. 1", ofA.postalAddress());
        assertEquals("0746 21000", ofA.phone());
        assertEquals("kantor@desa-a.test", ofA.email());
        assertTrue(ofA.logoUrl().startsWith("http"), ofA.logoUrl());
        assertTrue(ofA.logoUrl().endsWith("/" + a.slug() + "/public/site/logo.png?v=" + logo.version()), ofA.logoUrl());
        assertNull(branding.of(b.id()).orElseThrow().tagline(), "B's own branding is its own");
        assertTrue(branding.of(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void a_village_keeps_its_provinces_time_zone_unless_set_otherwise() {
        VillageRef village = fixtures.freshVillage();
        VillageTimeZone ofProvince = VillageTimeZone.ofRegion(village.code());
        assertEquals(ofProvince, village.timeZone());
        assertEquals(ofProvince, clock.of(village.id()).timeZone());

        VillageTimeZone other = ofProvince == VillageTimeZone.WIT ? VillageTimeZone.WIB : VillageTimeZone.WIT;
        fixtures.actAsAdminOf(village);
        assertThrows(
                id.portaldesa.shared.NotFoundException.class,
                () -> villages.changeTimeZone(village.id(), other),
                "a village's own admin does not move it to another zone");
        fixtures.actAs(fixtures.platformAdmin());
        villages.changeTimeZone(village.id(), other);
        assertEquals(other, clock.of(village.id()).timeZone(), "set for this village");
        fixtures.actFor(directory.byId(village.id()).orElseThrow());
        assertEquals(other.zone(), clock.current().zone(), "the next request's village lives in it");

        villages.changeTimeZone(village.id(), null);
        assertEquals(ofProvince, clock.of(village.id()).timeZone(), "back to the province's");
    }
}
