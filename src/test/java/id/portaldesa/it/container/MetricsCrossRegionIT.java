package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Role;
import id.portaldesa.platform.metrics.DashboardExport;
import id.portaldesa.platform.metrics.MetricsRebuild;
import id.portaldesa.platform.metrics.RegencyMetrics;
import id.portaldesa.platform.metrics.VillageMetrics;
import id.portaldesa.platform.metrics.VillageRow;
import id.portaldesa.platform.metrics.rest.RegencyMetricsResource;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service figures across regions and villages: a regency viewer of Kerinci (15.01) sees nothing
 * of a Merangin (15.02) village on the dashboard, in its export, its district roll-ups, its adoption
 * counts or the regency API, and a Merangin viewer nothing of Kerinci; a village admin has no
 * dashboard at all, and a village's public figures hold its own records only.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsCrossRegionIT {

    static final String MERANGIN = "15.02";
    static final String KERINCI = "15.01";

    @Inject
    Fixtures fixtures;

    @Inject
    RegencyMetrics regency;

    @Inject
    RegencyMetricsResource api;

    @Inject
    VillageMetrics villageMetrics;

    @Inject
    MetricsRebuild rebuild;

    @Inject
    VillageClock clocks;

    @Inject
    DatabaseRows database;

    VillageRef merangin;
    VillageRef kerinci;
    YearMonth month;

    @BeforeEach
    void aBusyVillageInEachRegency() throws Exception {
        merangin = fixtures.freshVillageIn(MERANGIN);
        kerinci = fixtures.freshVillageIn(KERINCI);
        month = clocks.of(merangin).thisMonth();
        Instant now = Instant.now().minusSeconds(3600);
        history(merangin.id(), 7, now);
        history(kerinci.id(), 3, now);
        fixtures.actAsPlatformAdmin();
        rebuild.rebuild(merangin.id());
        rebuild.rebuild(kerinci.id());
    }

    /** {@code requests} letter requests submitted at {@code at}, and one open complaint overdue. */
    void history(long villageId, int requests, Instant at) throws Exception {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO state_change (village_id, subject_type,"
                                + " subject_id, from_state, to_state, changed_at, kind, target_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < requests + 1; i++) {
                s.setLong(1, villageId);
                s.setString(2, i < requests ? "letterRequest" : "complaint");
                s.setLong(3, 100 + i);
                s.setString(4, null);
                s.setString(5, i < requests ? "SUBMITTED" : "NEW");
                s.setTimestamp(6, Timestamp.from(at));
                s.setString(7, i < requests ? "SKD" : "ROADS");
                s.setObject(8, i < requests ? null : 0);
                s.executeUpdate();
            }
        }
    }

    List<VillageRow> everyRow() {
        return regency.all(month);
    }

    @Test
    void aViewerOfKerinciSeesNothingOfMerangin() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_VIEWER, KERINCI));
        List<VillageRow> rows = everyRow();
        assertTrue(rows.stream().allMatch(r -> r.getCode().startsWith(KERINCI + ".")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.getVillageId() == kerinci.id()));
        VillageRow own = rows.stream()
                .filter(r -> r.getVillageId() == kerinci.id())
                .findFirst()
                .orElseThrow();
        assertEquals(3, own.getLettersReceived());
        assertEquals(1, own.getOverdue(), "its complaint is past its target");
        assertFalse(rows.stream().anyMatch(r -> r.getVillageId() == merangin.id()));
        // Searching for the other village's name finds nothing either.
        assertEquals(
                0,
                regency
                        .villages(PageRequest.first(20).searching(merangin.name()), month, RegencyMetrics.Show.ALL)
                        .items()
                        .stream()
                        .filter(r -> r.getVillageId() == merangin.id())
                        .count());
        // Export, district roll-ups, adoption: Kerinci's only.
        String csv =
                new String(DashboardExport.csv(DashboardExport.table(rows, List.of("code"))), StandardCharsets.UTF_8);
        assertFalse(csv.contains(merangin.code()), csv);
        assertTrue(csv.contains(kerinci.code()), csv);
        var districtsOfKerinci =
                rows.stream().map(VillageRow::getDistrictName).collect(java.util.stream.Collectors.toSet());
        assertTrue(regency.districts(month).stream().allMatch(d -> districtsOfKerinci.contains(d.district())));
        assertEquals(
                rows.stream().mapToLong(VillageRow::getLettersReceived).sum(),
                regency.districts(month).stream()
                        .mapToLong(RegencyMetrics.DistrictRow::lettersReceived)
                        .sum());
        // Adoption is kept a minute: it may miss villages onboarded since, never count Merangin's.
        long adopted = regency.adoption(month).villages();
        assertTrue(adopted > 0 && adopted <= rows.size(), adopted + " of " + rows.size());
        // The regency API answers the same.
        Response answer = api.villages(month.toString(), "name", "asc", false, 1, 100);
        assertEquals(200, answer.getStatus());
        RegencyMetricsResource.PageJson page = (RegencyMetricsResource.PageJson) answer.getEntity();
        assertTrue(page.items().stream().allMatch(v -> v.code().startsWith(KERINCI + ".")));
        assertFalse(page.items().stream().anyMatch(v -> v.code().equals(merangin.code())));
    }

    @Test
    void aViewerOfMeranginSeesMeranginsFiguresSortedInTheDatabase() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, MERANGIN));
        var slice = regency.villages(
                PageRequest.first(100).sortedBy("lettersReceived", false), month, RegencyMetrics.Show.ALL);
        assertTrue(slice.items().stream().allMatch(r -> r.getCode().startsWith(MERANGIN + ".")));
        assertFalse(slice.items().stream().anyMatch(r -> r.getVillageId() == kerinci.id()));
        VillageRow first = slice.items().get(0);
        assertTrue(first.getLettersReceived() >= 7, "the busiest first: " + first.getName());
        assertFalse(
                regency.villages(PageRequest.first(100), month, RegencyMetrics.Show.INACTIVE).items().stream()
                        .anyMatch(r -> r.getVillageId() == merangin.id()),
                "a village with activity is not among the inactive");
    }

    @Test
    void theExportReadsEveryVillageOfTheRegionOnceByKeysetPages() {
        fixtures.actAs(fixtures.regional(Role.REGENCY_VIEWER, KERINCI));
        List<Long> paged =
                regency.all(month).stream().map(VillageRow::getVillageId).toList();
        assertTrue(paged.size() >= 2, "" + paged);
        for (int pageSize : new int[] {1, 2, 500}) {
            List<Long> keyset = new java.util.ArrayList<>();
            regency.eachVillage(month, pageSize, r -> keyset.add(r.getVillageId()));
            assertEquals(paged, keyset, "page size " + pageSize);
        }
        List<VillageRow> rows = new java.util.ArrayList<>();
        regency.eachVillage(month, 1, rows::add);
        assertEquals(
                1,
                rows.stream()
                        .filter(r -> r.getVillageId() == kerinci.id())
                        .findFirst()
                        .orElseThrow()
                        .getOverdue());
        assertTrue(rows.stream().allMatch(r -> r.getCode().startsWith(KERINCI + ".")));
    }

    @Test
    void aVillageAdminHasNoDashboardAndAVillagesFiguresAreItsOwn() {
        fixtures.actAsAdminOf(merangin);
        assertTrue(everyRow().isEmpty());
        assertEquals(0, regency.adoption(month).villages());
        assertEquals(404, api.villages(null, "name", "asc", false, 1, 20).getStatus());
        assertEquals(404, api.rebuildAll(null).getStatus());
        assertEquals(404, api.rebuildStatus().getStatus());
        assertThrows(NotFoundException.class, () -> rebuild.rebuild(kerinci.id()), "rebuilding is the platform's");
        // The public figures of a village (page and API) are its own records only.
        assertEquals(7, villageMetrics.of(merangin.id()).lettersTotal().received());
        assertEquals(3, villageMetrics.of(kerinci.id()).lettersTotal().received());
        // The regency API does not answer inside a village's address.
        fixtures.actAsPlatformAdmin();
        fixtures.actFor(merangin);
        assertEquals(404, api.villages(null, "name", "asc", false, 1, 20).getStatus());
    }
}
