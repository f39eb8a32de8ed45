package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An onboarded village is live at once; suspending it takes the site offline and keeps its data. */
@ExtendWith(ArquillianExtension.class)
class VillageLifecycleIT {

    @Inject
    Fixtures fixtures;

    @Inject
    VillageService villages;

    @Inject
    StaffService staff;

    @Inject
    PortalConfig config;

    HttpResponse<String> home(VillageRef village) throws Exception {
        return get("/" + village.slug() + "/");
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the directory's answer to this search lists the village (its card links its site). */
    boolean listed(String query, VillageRef village) throws Exception {
        HttpResponse<String> search =
                get("/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, search.statusCode());
        return search.body().contains("href=\"/" + village.slug() + "/\"");
    }

    /**
     * A suspended village is gone from the directory's search (by code and by name) and every page
     * of its site, the login and the back office included, answers 503 with the notice that it is
     * offline for now; reactivated, it is found again.
     */
    @Test
    void aSuspendedVillageIsHiddenFromTheSearchAndEveryPageSaysItIsOffline() throws Exception {
        VillageRef village = fixtures.freshVillage();
        assertTrue(listed(village.code(), village), "found by its code while active");
        assertTrue(listed(village.name(), village), "found by its name while active");

        fixtures.actAs(fixtures.platformAdmin());
        villages.suspend(village.id());
        assertFalse(listed(village.code(), village), "not found by its code once suspended");
        assertFalse(listed(village.name(), village), "not found by its name once suspended");
        for (String page : new String[] {"/", "/masuk", "/daftar", "/kantor", "/akun", "/tidak-ada"}) {
            HttpResponse<String> answer = get("/" + village.slug() + page);
            assertEquals(503, answer.statusCode(), page);
            assertTrue(answer.body().contains("sementara tidak aktif"), page + ": " + answer.body());
            assertFalse(answer.body().contains("name=\"login"), page + " offers no login form");
        }

        villages.activate(village.id());
        assertTrue(listed(village.code(), village), "found again once reactivated");
    }

    @Test
    void suspendedSiteIsOfflineWithAFriendlyPageAndComesBackWithItsData() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        staff.invite(Fixtures.email("admin"), Role.VILLAGE_ADMIN, null, null, Locale.forLanguageTag("id"));
        HttpResponse<String> live = home(village);
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains(village.name()));

        fixtures.actAs(fixtures.platformAdmin());
        villages.suspend(village.id());
        HttpResponse<String> offline = home(village);
        assertEquals(503, offline.statusCode());
        assertTrue(offline.body().contains("sementara tidak aktif"), offline.body());

        villages.activate(village.id());
        assertEquals(200, home(village).statusCode());
        fixtures.actAsAdminOf(village);
        assertEquals(1, staff.pendingInvitations().size(), "nothing of the village was deleted");
    }
}
