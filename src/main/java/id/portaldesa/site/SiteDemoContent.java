package id.portaldesa.site;

import id.portaldesa.media.Upload;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.site.pages.PageForm;
import id.portaldesa.site.pages.PageService;
import id.portaldesa.site.profile.OfficialForm;
import id.portaldesa.site.profile.ProfileDetails;
import id.portaldesa.site.profile.ProfileService;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo villages' sites: each its own tagline, colour and theme, a complete profile (history,
 * vision and mission, location, figures, officials) and pages such as the APBDes, so the README's
 * run command shows living villages that look apart. Figures and names are illustrative.
 */
@ApplicationScoped
public class SiteDemoContent implements DemoContent {

    private record Look(String accent, String tagline, String theme, BigDecimal lat, BigDecimal lng, int people) {}

    private static final Map<String, Look> LOOKS = Map.of(
            "kungkai",
            new Look(
                    "#2e7d32",
                    "Desa yang asri di tepian Sungai Merangin",
                    "default",
                    new BigDecimal("-2.083100"),
                    new BigDecimal("102.270800"),
                    2_314),
            "sungai-kapas",
            new Look(
                    "#1565c0",
                    "Bersama membangun desa",
                    "lintas",
                    new BigDecimal("-2.105400"),
                    new BigDecimal("102.301900"),
                    1_876),
            "tambang-emas",
            new Look(
                    "#8d5300",
                    "Desa emas, warga cerdas",
                    "pusaka",
                    new BigDecimal("-2.231700"),
                    new BigDecimal("102.512600"),
                    3_042));

    private static final List<String[]> OFFICIALS = List.of(
            new String[] {"H. Syamsuddin", "Kepala Desa"},
            new String[] {"Nurhayati, S.E.", "Kepala Urusan Keuangan"},
            new String[] {"Ahmad Fauzi", "Kepala Seksi Pemerintahan"},
            new String[] {"Rahmat Hidayat", "Kepala Dusun I"},
            new String[] {"Siti Aminah", "Ketua BPD"},
            new String[] {"Darmawan", "Anggota BPD"});

    private static final Color[] SHIRTS = {
        new Color(0x37474f), new Color(0x6d4c41), new Color(0x1565c0), new Color(0x2e7d32), new Color(0xad1457)
    };

    @Inject
    CurrentVillage currentVillage;

    @Inject
    SiteService sites;

    @Inject
    ProfileService profiles;

    @Inject
    PageService pages;

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        Look look =
                LOOKS.getOrDefault(village.slug(), new Look(Site.DEFAULT_ACCENT, null, "default", null, null, 1_500));
        sites.updateProfile(new SiteProfile(
                look.tagline(),
                "Kantor Desa " + village.name() + ", Kecamatan " + village.districtName() + ", "
                        + village.regencyName(),
                "0746-21000",
                "desa@" + village.slug() + ".test",
                look.accent()));
        sites.applyLook(look.theme(), look.accent());
        profiles.updateDetails(new ProfileDetails(
                "Selamat datang di situs resmi Desa " + village.name()
                        + ". Temukan kabar desa, produk warga, tempat wisata, dan layanan surat secara daring.",
                history(village),
                "Terwujudnya Desa " + village.name() + " yang maju, mandiri, dan sejahtera berlandaskan gotong royong.",
                "Meningkatkan pelayanan publik yang cepat dan terbuka\n"
                        + "Mengembangkan ekonomi warga melalui UMKM dan pertanian\n"
                        + "Menjaga kelestarian sungai dan hutan desa\n"
                        + "Memperkuat pendidikan dan kesehatan keluarga",
                look.lat(),
                look.lng(),
                new BigDecimal("24.75"),
                look.people(),
                look.people() / 4,
                4,
                "Senin–Jumat 08.00–15.00 WIB"));
        Color accent = Color.decode(look.accent());
        sites.showHero(new Upload("desa.jpg", SiteDemoFiles.landscape(accent, village.id())));
        for (int i = 0; i < OFFICIALS.size(); i++) {
            String[] official = OFFICIALS.get(i);
            long id = profiles.addOfficial(new OfficialForm(null, official[0], official[1]));
            boolean headscarf = official[0].startsWith("Siti") || official[0].startsWith("Nurhayati");
            profiles.showPhoto(
                    id,
                    new Upload(
                            "foto.jpg",
                            SiteDemoFiles.portrait(SHIRTS[i % SHIRTS.length], new Color(0xdfe7ec), headscarf)));
        }
        long apbdes = pages.create(new PageForm(
                "APBDes Tahun 2026",
                "Anggaran Pendapatan dan Belanja Desa " + village.name()
                        + " Tahun 2026 ditetapkan bersama Badan Permusyawaratan Desa.\n\n"
                        + "Pendapatan desa terdiri atas Dana Desa, Alokasi Dana Desa, dan bagi hasil pajak daerah. "
                        + "Belanja diutamakan untuk jalan usaha tani, posyandu, dan pelatihan UMKM.\n\n"
                        + "Dokumen lengkap dapat diunduh di bawah ini."));
        pages.attach(
                apbdes,
                new Upload(
                        "apbdes-2026.pdf",
                        SiteDemoFiles.pdf(
                                "APBDes " + village.name() + " Tahun 2026 (ringkasan)",
                                List.of(
                                        "Pendapatan desa          Rp1.482.350.000",
                                        "  Dana Desa               Rp  986.400.000",
                                        "  Alokasi Dana Desa       Rp  421.950.000",
                                        "  Bagi hasil pajak        Rp   74.000.000",
                                        "Belanja desa             Rp1.470.100.000",
                                        "  Pemerintahan desa       Rp  512.300.000",
                                        "  Pembangunan             Rp  641.800.000",
                                        "  Pembinaan masyarakat    Rp  148.000.000",
                                        "  Pemberdayaan            Rp  168.000.000",
                                        "Data contoh untuk demo Portal Desa."))),
                "Ringkasan APBDes 2026");
        pages.publish(apbdes, true);
        long bpd = pages.create(new PageForm(
                "Badan Permusyawaratan Desa",
                "BPD menampung dan menyalurkan aspirasi warga, membahas dan menyepakati rancangan peraturan desa "
                        + "bersama kepala desa, serta mengawasi kinerja pemerintah desa.\n\n"
                        + "Musyawarah desa terbuka untuk warga dan diumumkan di kantor desa."));
        pages.publish(bpd, true);
    }

    private static String history(VillageRef village) {
        return "Desa " + village.name() + " bermula dari permukiman para peladang dan pencari ikan di tepian sungai. "
                + "Warga membuka kebun karet dan sawah secara bergotong royong, dan kampung itu tumbuh menjadi dusun.\n\n"
                + "Pada masa pemekaran wilayah, dusun-dusun di sekitarnya disatukan menjadi desa di Kecamatan "
                + village.districtName() + ", " + village.regencyName() + ".\n\n"
                + "Kini warga " + village.name()
                + " hidup dari pertanian, perkebunan, dan usaha kecil, dan menjaga adat musyawarah dalam "
                + "setiap keputusan desa.";
    }
}
