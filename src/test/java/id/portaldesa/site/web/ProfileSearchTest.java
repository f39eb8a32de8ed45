package id.portaldesa.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.site.SiteRef;
import id.portaldesa.village.VillageRefs;
import id.portaldesa.village.VillageStatus;
import org.junit.jupiter.api.Test;

class ProfileSearchTest {

    @Test
    void finds_the_village_by_its_name_or_district_whatever_the_case_and_accents() {
        var village = VillageRefs.village(4, "kungkai", null, VillageStatus.ACTIVE);
        var site = new SiteRef(4, 1, "Desa sejuk di tepi sungai", "Jl. Lintas", null, null, "#2e7d32", null);
        SearchHit byName = ProfileSearch.hitFor(village, site, "desa KUNGKÁI").orElseThrow();
        assertEquals("Desa kungkai", byName.title());
        assertEquals("Bangko, Kabupaten Merangin", byName.snippet(), "the name matched: the snippet says where");
        assertEquals("/public/site/profile.xhtml", byName.viewId(), "the profile page is where the profile is");
        assertEquals("site.search.kind.profile", byName.kindKey());

        assertEquals(
                "Bangko, Kabupaten Merangin",
                ProfileSearch.hitFor(village, site, "merangin").orElseThrow().snippet());
        assertTrue(ProfileSearch.hitFor(village, site, "jakarta").isEmpty());
        assertEquals(
                "Desa sejuk di tepi sungai",
                ProfileSearch.hitFor(village, site, "sejuk").orElseThrow().snippet(),
                "the site's tagline is searched too");
    }
}
