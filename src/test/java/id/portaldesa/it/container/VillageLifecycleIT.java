package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(config.baseUrl() + "/" + village.slug() + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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
