package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.media.MediaRef;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.site.LogoService;
import id.portaldesa.site.SiteProfile;
import id.portaldesa.site.SiteRef;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.Sites;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.cache.AnonymousPages;
import jakarta.inject.Inject;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change announced by a service shows at once on the village's stored public page, is counted in
 * the database (where another node would see it), and leaves every other village's stored pages and
 * site snapshot as they were.
 */
@ExtendWith(ArquillianExtension.class)
class VillageContentChangesIT {

    @Inject
    Fixtures fixtures;

    @Inject
    SiteService siteService;

    @Inject
    LogoService logos;

    @Inject
    Sites sites;

    @Inject
    AnonymousPages pages;

    @Inject
    PortalConfig config;

    @Inject
    DatabaseRows rows;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> home(VillageRef village) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(config.baseUrl() + "/" + village.slug() + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long revisionInDatabase(VillageRef village) throws Exception {
        return rows.contentRevision(village.id());
    }

    @Test
    void aProfileChangeShowsAtOnceIsCountedInTheDatabaseAndLeavesOtherVillagesAlone() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        String etagOfA = home(a).headers().firstValue("ETag").orElseThrow();
        assertEquals(etagOfA, home(a).headers().firstValue("ETag").orElseThrow(), "A's page is stored");
        home(b);
        assertEquals(1, pages.storedFor(a.id()));
        assertEquals(1, pages.storedFor(b.id()));
        SiteRef siteOfA = sites.of(a.id());
        long revisionOfA = revisionInDatabase(a);
        long revisionOfB = revisionInDatabase(b);

        fixtures.actAsAdminOf(b);
        String tagline = "Desa maju " + UUID.randomUUID().toString().substring(0, 8);
        siteService.updateProfile(new SiteProfile(tagline, "Jalan Lintas 1", null, null, "#aa3300"));

        assertEquals(revisionOfB + 1, revisionInDatabase(b), "the change is counted where every node sees it");
        assertEquals(revisionOfA, revisionInDatabase(a));
        HttpResponse<String> changed = home(b);
        assertTrue(changed.body().contains(tagline), changed.body());
        assertTrue(changed.body().contains("--accent:#aa3300"), "the template's colour follows");

        assertEquals(1, pages.storedFor(a.id()), "A's stored page is untouched");
        assertSame(siteOfA, sites.of(a.id()), "A's site snapshot is untouched");
        assertEquals(etagOfA, home(a).headers().firstValue("ETag").orElseThrow());
        assertFalse(home(a).body().contains(tagline));
    }

    @Test
    void aLogoChangeShowsAtOnceAndOnlyInItsVillage() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        home(a);
        assertFalse(home(b).body().contains("class=\"logo\""), "no logo yet");
        SiteRef siteOfA = sites.of(a.id());

        fixtures.actAsAdminOf(b);
        MediaRef logo = logos.replace(new Upload("logo.png", CrossVillageIsolationIT.png(new Color(0x1565c0))));
        assertTrue(
                home(b).body().contains("/public/media/" + logo.id() + "/64.png?v=" + logo.version())
                        || home(b).body().contains("/public/media/" + logo.id() + "/64.jpg?v=" + logo.version()),
                "the new logo is linked at once");
        SiteRef withLogo = sites.of(b.id());
        assertEquals(logo.version(), withLogo.logoVersion());

        logos.remove();
        String removed = home(b).body();
        assertFalse(removed.contains("class=\"logo\""), removed);
        assertTrue(removed.contains(b.initials()), "back to the initials");
        assertNotSame(withLogo, sites.of(b.id()));

        assertSame(siteOfA, sites.of(a.id()), "A's site snapshot is untouched");
        assertFalse(home(a).body().contains("class=\"logo\""));
    }

    @Test
    void eachFeatureDeclaresTheViewsThatMayBeStored() {
        // Features add their own (the site's profile, the news list and feed): these stay among them.
        assertTrue(
                pages.views()
                        .containsAll(Set.of(
                                "/public/site/home.xhtml",
                                "/public/site/profile.xhtml",
                                "/public/news/list.xhtml",
                                "/public/news/feed.xhtml",
                                "/public/village/directory.xhtml")),
                pages.views().toString());
        assertTrue(pages.views().stream().allMatch(v -> v.startsWith("/public/")), "only public pages are stored");
    }
}
