package id.portaldesa.site;

import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The demo villages' profiles: each its own tagline and colour, so the villages look apart. */
@ApplicationScoped
public class SiteDemoContent implements DemoContent {

    private record Look(String accent, String tagline) {}

    private static final Map<String, Look> LOOKS = Map.of(
            "kungkai", new Look("#2e7d32", "Desa yang asri di tepian Sungai Merangin"),
            "sungai-kapas", new Look("#1565c0", "Bersama membangun desa"),
            "tambang-emas", new Look("#b26a00", "Desa emas, warga cerdas"));

    @Inject
    CurrentVillage currentVillage;

    @Inject
    SiteService sites;

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        Look look = LOOKS.getOrDefault(village.slug(), new Look(Site.DEFAULT_ACCENT, null));
        sites.updateProfile(new SiteProfile(
                look.tagline(),
                "Kantor Desa " + village.name() + ", Kecamatan " + village.districtName() + ", "
                        + village.regencyName(),
                "0746-21000",
                "desa@" + village.slug() + ".test",
                look.accent()));
    }
}
