package id.portaldesa.village;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

    static VillageRef village(long id, String slug, String host, VillageStatus status) {
        return VillageRefs.village(id, slug, host, status);
    }

    final VillageRef kungkai = village(1, "kungkai", "kungkai.desa.id", VillageStatus.ACTIVE);
    final VillageRef kapas = village(2, "sungai-kapas", null, VillageStatus.ACTIVE);
    final VillageRef closed = village(3, "tutup", "tutup.desa.id", VillageStatus.SUSPENDED);

    final TenantResolver.Villages villages = new TenantResolver.Villages() {
        final Map<String, VillageRef> hosts =
                Map.of("kungkai.desa.id", kungkai, "www.kungkai.desa.id", kungkai, "tutup.desa.id", closed);
        final Map<String, VillageRef> slugs = Map.of("kungkai", kungkai, "sungai-kapas", kapas, "tutup", closed);

        @Override
        public Optional<VillageRef> byHost(String host) {
            return Optional.ofNullable(hosts.get(host));
        }

        @Override
        public Optional<VillageRef> bySlug(String slug) {
            return Optional.ofNullable(slugs.get(slug));
        }
    };

    final TenantResolver demo = new TenantResolver(villages, Optional.empty());
    final TenantResolver production = new TenantResolver(villages, Optional.of("portal.merangin.go.id"));

    @Test
    void primaryDomainServesTheVillageAtTheRoot() {
        var r = assertInstanceOf(TenantResolver.ForVillage.class, demo.resolve("https", "kungkai.desa.id", "/"));
        assertEquals(kungkai, r.village());
        assertEquals("", r.prefix());
        assertEquals("/", r.innerPath());
    }

    @Test
    void hostIsCaseInsensitive() {
        assertInstanceOf(TenantResolver.ForVillage.class, demo.resolve("https", "KungKai.Desa.ID", "/"));
    }

    @Test
    void secondaryDomainRedirectsToPrimaryKeepingThePath() {
        var r = assertInstanceOf(
                TenantResolver.Redirect.class,
                demo.resolve("https", "www.kungkai.desa.id", "/public/account/login.xhtml"));
        assertEquals("https://kungkai.desa.id/public/account/login.xhtml", r.location());
    }

    @Test
    void hostWinsOverASlugInThePath() {
        var r = assertInstanceOf(
                TenantResolver.ForVillage.class, demo.resolve("https", "kungkai.desa.id", "/sungai-kapas/"));
        assertEquals(kungkai, r.village());
        assertEquals("/sungai-kapas/", r.innerPath());
    }

    @Test
    void slugSelectsTheVillageAndKeepsThePrefix() {
        var r = assertInstanceOf(
                TenantResolver.ForVillage.class,
                demo.resolve("http", "localhost", "/sungai-kapas/public/account/register.xhtml"));
        assertEquals(kapas, r.village());
        assertEquals("/sungai-kapas", r.prefix());
        assertEquals("/public/account/register.xhtml", r.innerPath());
    }

    @Test
    void slugWithoutTrailingSlashRedirects() {
        var r = assertInstanceOf(TenantResolver.Redirect.class, demo.resolve("http", "localhost", "/kungkai"));
        assertEquals("/kungkai/", r.location());
    }

    @Test
    void reservedPathsBelongToThePlatform() {
        for (String path : new String[] {
            "/",
            "/public/village/directory.xhtml",
            "/platform/village/villages.xhtml",
            "/jakarta.faces.resource/faces.js",
            "/themes/default/theme.css"
        }) {
            assertInstanceOf(TenantResolver.ForPlatform.class, demo.resolve("http", "localhost", path), path);
        }
    }

    @Test
    void staticResourcesAreServedOnVillageDomainsToo() {
        assertInstanceOf(
                TenantResolver.ForPlatform.class,
                demo.resolve("https", "kungkai.desa.id", "/themes/default/theme.css"));
    }

    @Test
    void onlyLowerCaseSlugShapedSegmentsCanNameAVillage() {
        assertInstanceOf(
                TenantResolver.ForPlatform.class, demo.resolve("http", "localhost", "/ArquillianServletRunnerEE9"));
        assertInstanceOf(TenantResolver.ForPlatform.class, demo.resolve("http", "localhost", "/index.html"));
    }

    @Test
    void aPathNotWrittenTheCanonicalWayIsForNobody() {
        for (String path : new String[] {
            "/kungkai/kantor;x/",
            "/kungkai/%6bantor/",
            "/kungkai/kantor/%2e%2e/akun",
            "/jakarta.faces.resource/../office/index.xhtml",
            "/themes/..;/office/index.xhtml",
            "/office/index.xhtml;jsessionid=abc",
            "//kungkai//kantor",
            "/platform;x/desa",
            "/%70latform/desa"
        }) {
            assertInstanceOf(TenantResolver.NotFound.class, demo.resolve("http", "localhost", path), path);
            assertInstanceOf(TenantResolver.NotFound.class, demo.resolve("https", "kungkai.desa.id", path), path);
            assertInstanceOf(TenantResolver.NotFound.class, demo.resolve("https", "www.kungkai.desa.id", path), path);
        }
    }

    @Test
    void unknownSlugIsNotFound() {
        assertInstanceOf(TenantResolver.NotFound.class, demo.resolve("http", "localhost", "/atlantis/"));
    }

    @Test
    void suspendedVillageIsOfflineByHostAndByPath() {
        assertInstanceOf(TenantResolver.Suspended.class, demo.resolve("https", "tutup.desa.id", "/"));
        assertInstanceOf(TenantResolver.Suspended.class, demo.resolve("http", "localhost", "/tutup/"));
    }

    @Test
    void productionServesThePlatformOnlyOnItsOwnHost() {
        assertInstanceOf(TenantResolver.ForPlatform.class, production.resolve("https", "portal.merangin.go.id", "/"));
        assertInstanceOf(TenantResolver.NotFound.class, production.resolve("https", "evil.example", "/"));
        assertInstanceOf(TenantResolver.NotFound.class, production.resolve("https", "evil.example", "/kungkai/"));
        assertInstanceOf(TenantResolver.ForVillage.class, production.resolve("https", "kungkai.desa.id", "/"));
    }

    @Test
    void villageViewsAreLimitedToTheAudienceFolders() {
        assertEquals(true, TenantFilter.isPageView("/public/site/home.xhtml"));
        assertEquals(true, TenantFilter.isPageView("/office/index.xhtml"));
        assertEquals(false, TenantFilter.isPageView("/WEB-INF/web.xml"));
        assertEquals(false, TenantFilter.isPageView("/public/../WEB-INF/web.xml"));
        assertEquals(false, TenantFilter.isPageView("/public/%2e%2e/WEB-INF/web.xml"));
    }

    @Test
    void platformAddressesMustNotLookLikeAVillageSlug() {
        var ok = id.portaldesa.shared.web.Route.of(
                "/masuk", "/public/account/login.xhtml", id.portaldesa.shared.web.Access.ANYONE);
        TenantFilter.checkPlatformAddressesAreReserved(java.util.List.of(ok));
        var clash = id.portaldesa.shared.web.Route.of(
                "/kungkai", "/public/x/y.xhtml", id.portaldesa.shared.web.Access.ANYONE);
        assertThrows(
                IllegalStateException.class,
                () -> TenantFilter.checkPlatformAddressesAreReserved(java.util.List.of(clash)));
        var villageOnly = clash.onlyOn(id.portaldesa.shared.web.Route.Site.VILLAGE);
        TenantFilter.checkPlatformAddressesAreReserved(java.util.List.of(villageOnly));
    }
}
