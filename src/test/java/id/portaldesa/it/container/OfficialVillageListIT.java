package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Invitation;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.village.OfficialVillage;
import id.portaldesa.village.RegionRepository;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's list of all 83,762 villages pages, sorts and searches in the database; a
 * village-owned list paged through the repository base shows only the current village's rows.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialVillageListIT {

    static final int VILLAGES_IN_OFFICIAL_LIST = 83_762;

    @Inject
    RegionRepository regions;

    @Inject
    Fixtures fixtures;

    @Inject
    StaffService staff;

    @Inject
    InvitationPages invitationPages;

    @Test
    void pagesThroughTheWholeOfficialListWithItsTotal() {
        Slice<OfficialVillage> first = everywhere(PageRequest.first(50));
        Slice<OfficialVillage> second = everywhere(PageRequest.first(50).next());

        assertEquals(VILLAGES_IN_OFFICIAL_LIST, first.total());
        assertEquals(VILLAGES_IN_OFFICIAL_LIST, second.total());
        assertEquals(50, first.items().size());
        assertEquals(50, second.items().size());
        List<String> firstCodes = codes(first);
        assertTrue(codes(second).stream().noneMatch(firstCodes::contains), "the second page has other villages");
        assertTrue(first.hasNext());
        Slice<OfficialVillage> last = everywhere(
                new PageRequest(VILLAGES_IN_OFFICIAL_LIST - 10, 50, Optional.empty(), true, Optional.empty()));
        assertEquals(10, last.items().size());
        assertTrue(!last.hasNext());
    }

    @Test
    void sortsByEachDeclaredKeyAndIgnoresOthers() {
        PageRequest page = PageRequest.first(100);
        List<String> byCode = codes(everywhere(page.sortedBy("code", true)));
        assertEquals(byCode.stream().sorted().toList(), byCode);
        List<String> byCodeDesc = codes(everywhere(page.sortedBy("code", false)));
        assertEquals(
                byCodeDesc.stream().sorted(java.util.Comparator.reverseOrder()).toList(), byCodeDesc);
        assertNotEquals(byCode.get(0), byCodeDesc.get(0));

        String firstByName =
                everywhere(page.sortedBy("name", true)).items().get(0).getName();
        String lastByName =
                everywhere(page.sortedBy("name", false)).items().get(0).getName();
        assertTrue(firstByName.compareToIgnoreCase(lastByName) < 0, firstByName + " before " + lastByName);

        List<OfficialVillage> byDistrict =
                everywhere(page.sortedBy("districtName", false)).items();
        String topDistrict = byDistrict.get(0).getDistrictName();
        assertTrue(topDistrict.compareToIgnoreCase(everywhere(page.sortedBy("districtName", true))
                        .items()
                        .get(0)
                        .getDistrictName())
                > 0);
        List<OfficialVillage> byRegency =
                everywhere(page.sortedBy("regencyName", true)).items();
        List<OfficialVillage> byRegencyDesc =
                everywhere(page.sortedBy("regencyName", false)).items();
        assertTrue(
                byRegency
                                .get(0)
                                .getRegencyName()
                                .compareToIgnoreCase(byRegencyDesc.get(0).getRegencyName())
                        < 0,
                "ascending starts before descending");
        assertTrue(byRegency
                        .get(0)
                        .getRegencyName()
                        .compareToIgnoreCase(byRegency.get(99).getRegencyName())
                <= 0);
        // Villages not yet onboarded have no status: they come first ascending, last descending.
        assertEquals(
                null, everywhere(page.sortedBy("status", true)).items().get(0).getStatus());
        assertTrue(everywhere(page.sortedBy("status", false)).items().get(0).getStatus() != null);
        // A key the list does not declare is never put into SQL: the default order (by code) applies.
        assertEquals(byCode, codes(everywhere(page.sortedBy("r.code; drop table region", true))));
    }

    @Test
    void searchesNamesAnywhereAndCodesFromTheStart() {
        Slice<OfficialVillage> kungkai = everywhere(PageRequest.first(20).searching("kungKAI"));
        assertTrue(kungkai.total() > 0 && kungkai.total() < 20, "total " + kungkai.total());
        assertTrue(codes(kungkai).contains("15.02.02.2004"));
        assertTrue(kungkai.items().stream()
                .allMatch(v -> (v.getName() + v.getDistrictName() + v.getRegencyName())
                        .toLowerCase(Locale.ROOT)
                        .contains("kungkai")));

        Slice<OfficialVillage> bangko = everywhere(PageRequest.first(100).searching("15.02.02."));
        assertTrue(bangko.total() > 0 && bangko.total() < 100, "total " + bangko.total());
        assertTrue(bangko.items().stream().allMatch(v -> v.getCode().startsWith("15.02.02.")));
        assertEquals(bangko.total(), bangko.items().size());

        assertEquals(0, everywhere(PageRequest.first(20).searching("%")).total(), "% is no wildcard");
    }

    @Test
    void onboardedVillagesShowTheirStatus() {
        VillageRef village = fixtures.freshVillage();
        OfficialVillage row = everywhere(PageRequest.first(5).searching(village.code()))
                .items()
                .get(0);
        assertEquals(village.id(), row.getVillageId());
        assertEquals(village.slug(), row.getSlug());
        assertEquals(VillageStatus.ACTIVE, row.getStatus());
    }

    @Test
    void aVillageOwnedPageNeverShowsAnotherVillagesRows() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        for (int i = 0; i < 5; i++) {
            staff.invite(Fixtures.email("page-a" + i), Role.VILLAGE_ADMIN, null, null, Locale.ROOT);
        }
        fixtures.actAsAdminOf(b);
        staff.invite(Fixtures.email("page-b"), Role.VILLAGE_ADMIN, null, null, Locale.ROOT);

        fixtures.actAsAdminOf(a);
        Slice<Invitation> firstOfA = invitationPages.page(PageRequest.first(2).sortedBy("email", true));
        Slice<Invitation> thirdOfA = invitationPages.page(
                PageRequest.first(2).sortedBy("email", true).next().next());
        assertEquals(5, firstOfA.total());
        assertEquals(1, thirdOfA.items().size());
        assertTrue(firstOfA.items().stream().allMatch(i -> i.belongsTo(a.id())));

        fixtures.actAsAdminOf(b);
        Slice<Invitation> ofB = invitationPages.page(PageRequest.first(100));
        assertEquals(1, ofB.total());
        assertTrue(ofB.items().stream().allMatch(i -> i.belongsTo(b.id())), "B sees only its own row");
        assertEquals(
                0,
                invitationPages.page(PageRequest.first(100).searching("page-a")).total(),
                "A's rows not found by search");
    }

    /** Not an assertion: how long a page of the 83,762-row list takes, printed for the report. */
    @Test
    void measuresOnePageOfTheWholeList() {
        PageRequest page = PageRequest.first(50);
        time("first page by name", () -> everywhere(page.sortedBy("name", true)));
        time(
                "page 800 by name",
                () -> everywhere(new PageRequest(40_000, 50, Optional.of("name"), true, Optional.empty())));
        time("first page by district", () -> everywhere(page.sortedBy("districtName", true)));
        time("first page by status", () -> everywhere(page.sortedBy("status", false)));
        time(
                "search 'sungai' by name",
                () -> everywhere(page.searching("sungai").sortedBy("name", true)));
    }

    private static void time(String what, Supplier<Slice<OfficialVillage>> query) {
        query.get(); // warm up
        int runs = 5;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            query.get();
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "PAGING-TIMING %s: %.1f ms per page (mean of %d)%n", what, ms, runs);
    }

    private static List<String> codes(Slice<OfficialVillage> slice) {
        return slice.items().stream().map(OfficialVillage::getCode).toList();
    }

    /** The list as the platform admin sees it: every village of the official list. */
    private Slice<OfficialVillage> everywhere(PageRequest request) {
        return regions.officialVillages(request, id.portaldesa.shared.security.RegionScope.EVERYWHERE);
    }

    @Test
    void aRegencyAdminPagesOnlyTheVillagesOfTheirRegion() {
        var merangin = id.portaldesa.shared.security.RegionScope.of(java.util.Set.of("15.02"));
        Slice<OfficialVillage> inRegion = regions.officialVillages(PageRequest.first(100), merangin);
        assertTrue(inRegion.total() > 100 && inRegion.total() < 1000, "Merangin has a few hundred villages");
        assertTrue(inRegion.items().stream().allMatch(v -> v.getCode().startsWith("15.02.")), "only 15.02");
        Slice<OfficialVillage> searched =
                regions.officialVillages(PageRequest.first(100).searching("Kungkai"), merangin);
        assertEquals(List.of("15.02.02.2004"), codes(searched));
        assertEquals(
                0,
                regions.officialVillages(PageRequest.first(100).searching("Banda Aceh"), merangin)
                        .total(),
                "nothing outside the region, even by search");
        assertEquals(
                0,
                regions.officialVillages(PageRequest.first(10), id.portaldesa.shared.security.RegionScope.NOWHERE)
                        .total());
    }
}
