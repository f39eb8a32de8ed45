package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Role;
import id.portaldesa.platform.BulkOnboardingJobs;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.persistence.PortalDataSource;
import id.portaldesa.village.BulkOnboarding;
import id.portaldesa.village.Slug;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform admin onboards every village of a district or a regency in one action: slugs are
 * generated and unique (a name already in use gets the district added), villages already online are
 * skipped, the result downloads as CSV, and nobody else may start it. Each test picks a region of
 * the official list that has no village online yet, so it holds on a database reused by earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
class BulkOnboardingIT {

    @Inject
    Fixtures fixtures;

    @Inject
    BulkOnboardingJobs jobs;

    @Inject
    VillageService villages;

    @Inject
    VillageDirectory directory;

    @Inject
    PortalConfig config;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void onboardsADistrictSkippingWhatIsOnlineAndDisambiguatingTakenSlugs() throws Exception {
        String district = untouchedRegion(3, 3, 60);
        List<String[]> list = villagesOf(district);
        // One village is online already, under the very slug another village of the district would get.
        String[] online = list.get(0);
        String[] rival = list.get(1);
        String rivalsPlainSlug = villages.suggestSlug(rival[0]);
        villages.onboard(online[0], rivalsPlainSlug, null);

        fixtures.actAsPlatformAdmin();
        BulkOnboardingJobs.Job job = finished(jobs.start(district));

        assertEquals(BulkOnboardingJobs.State.DONE, job.getState());
        assertEquals(list.size() - 1, job.getTotal());
        assertEquals(list.size() - 1, job.getDone());
        assertEquals(1, job.getSkipped(), "the village already online is skipped");
        assertEquals(list.size(), onlineIn(district));
        Set<String> slugs = new HashSet<>();
        slugs.add(rivalsPlainSlug);
        for (BulkOnboarding.Onboarded v : job.getOnboarded()) {
            assertTrue(Slug.isValid(v.slug()), v.slug());
            assertTrue(slugs.add(v.slug()), "slug used twice: " + v.slug());
            VillageRef live = directory.bySlug(v.slug()).orElseThrow(() -> new AssertionError("not live: " + v));
            assertEquals(v.code(), live.code());
            assertTrue(live.isActive());
        }
        BulkOnboarding.Onboarded rivalOnboarded = job.getOnboarded().stream()
                .filter(v -> v.code().equals(rival[0]))
                .findFirst()
                .orElseThrow();
        assertNotEquals(rivalsPlainSlug, rivalOnboarded.slug(), "a taken slug is never given again");

        String[] csv = jobs.csv(job.getId()).split("\r\n");
        assertEquals("code,name,slug,address", csv[0]);
        assertEquals(list.size(), csv.length, "a header and one line per village put online");
        BulkOnboarding.Onboarded first = job.getOnboarded().get(0);
        String base = config.baseUrl().toString().replaceAll("/$", "");
        assertTrue(csv[1].startsWith(first.code() + ","), csv[1]);
        assertTrue(csv[1].endsWith("," + first.slug() + "," + base + "/" + first.slug() + "/"), csv[1]);

        // A second run finds the whole district online and adds nothing.
        BulkOnboardingJobs.Job again = finished(jobs.start(district));
        assertEquals(0, again.getTotal());
        assertEquals(list.size(), again.getSkipped());
        assertEquals(list.size(), onlineIn(district));
    }

    @Test
    void onboardsARegency() throws Exception {
        String regency = untouchedRegion(2, 10, 400);
        int inList = villagesOf(regency).size();
        fixtures.actAsPlatformAdmin();
        BulkOnboardingJobs.Job job = finished(jobs.start(regency + " ignored name"));
        assertEquals(BulkOnboardingJobs.State.DONE, job.getState());
        assertEquals(inList, job.getTotal());
        assertEquals(0, job.getSkipped());
        assertEquals(inList, onlineIn(regency));
        assertEquals(
                inList,
                job.getOnboarded().stream()
                        .map(BulkOnboarding.Onboarded::slug)
                        .distinct()
                        .count());
        assertEquals(inList + 1, jobs.csv(job.getId()).split("\r\n").length);
    }

    @Test
    void onlyThePlatformAdminMayAndOnlyForARegionOfTheList() throws Exception {
        String district = untouchedRegion(3, 1, 60);
        String regency = district.substring(0, 5);
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, regency));
        assertThrows(NotFoundException.class, () -> jobs.start(district), "a regency admin may not");
        fixtures.actAsAdminOf(fixtures.freshVillage());
        assertThrows(NotFoundException.class, () -> jobs.start(district), "a village admin may not");
        fixtures.actAs(fixtures.person("resident"));
        assertThrows(NotFoundException.class, () -> jobs.start(district));
        assertEquals(0, onlineIn(district), "nothing was onboarded");

        fixtures.actAsPlatformAdmin();
        for (String unknown : List.of("99.99", "99", "11.01.01.2001", "kabupaten")) {
            BusinessException refused = assertThrows(BusinessException.class, () -> jobs.start(unknown), unknown);
            assertEquals("village.bulk.region.unknown", refused.getMessageKey());
        }
        fixtures.actAs(fixtures.regional(Role.REGENCY_ADMIN, regency));
        assertTrue(jobs.recent().isEmpty(), "nobody else sees the jobs");
    }

    private BulkOnboardingJobs.Job finished(BulkOnboardingJobs.Job job) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (job.isRunning() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertTrue(!job.isRunning(), "the job ends within a minute");
        return job;
    }

    /** A region of this depth with no village online yet, with between min and max villages. */
    private String untouchedRegion(int depth, int min, int max) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT a.code FROM region a WHERE a.depth = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM village v WHERE v.code LIKE CONCAT(a.code, '.%'))"
                        + " AND (SELECT COUNT(*) FROM region r WHERE r.depth = 4 AND r.code LIKE CONCAT(a.code, '.%'))"
                        + " BETWEEN ? AND ? ORDER BY a.code DESC LIMIT 1")) {
            st.setInt(1, depth);
            st.setInt(2, min);
            st.setInt(3, max);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "the official list has a region left to onboard");
                return rs.getString(1);
            }
        }
    }

    private List<String[]> villagesOf(String region) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT code, name FROM region WHERE depth = 4 AND code LIKE ? ORDER BY code")) {
            st.setString(1, region + ".%");
            List<String[]> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return found;
        }
    }

    private int onlineIn(String region) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM village WHERE code LIKE ?")) {
            st.setString(1, region + ".%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
