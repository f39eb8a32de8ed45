package id.portaldesa.news;

import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.shared.seams.DemoContent;
import id.portaldesa.village.CurrentVillage;
import id.portaldesa.village.VillageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A few realistic articles for each demo village (written as its admin, through the service like any
 * admin would), in three categories; one is scheduled for the next morning, so the back office shows
 * every state.
 */
@ApplicationScoped
public class NewsDemoContent implements DemoContent {

    private record Story(String category, String title, String summary, String text) {}

    @Inject
    CurrentVillage currentVillage;

    @Inject
    NewsService news;

    @Inject
    NewsDemoPictures pictures;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Override
    public void fillCurrentVillage() {
        VillageRef village = currentVillage.require();
        long government = news.createCategory("Pemerintahan").getId();
        long community = news.createCategory("Kegiatan Warga").getId();
        long economy = news.createCategory("Ekonomi dan UMKM").getId();
        List<Story> stories = stories(village);
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            long category = switch (story.category()) {
                case "gov" -> government;
                case "eco" -> economy;
                default -> community;
            };
            Article article =
                    news.save(null, new ArticleForm(story.title(), null, story.summary(), story.text(), category));
            pictures.coverFor(article, i);
            if (i < stories.size() - 1) {
                news.publish(article.getId());
            } else {
                news.schedule(article.getId(), clock.instant().plus(Duration.ofHours(18)));
            }
        }
        if (PortalConfig.BENCH_VILLAGE.equals(village.slug())) {
            addBenchmarkArticles(stories, List.of(government, community, economy));
        }
    }

    /**
     * A benchmark's bulk ({@code PORTAL_DEMO_ARTICLES}): the sample stories again under numbered
     * titles, every tenth with a cover, so the list pages and the feed read from a full archive.
     */
    private void addBenchmarkArticles(List<Story> stories, List<Long> categories) {
        for (int n = stories.size(); n < config.demoItems("articles"); n++) {
            Story story = stories.get(n % stories.size());
            Article article = news.save(
                    null,
                    new ArticleForm(
                            story.title() + " (" + n + ")",
                            null,
                            story.summary(),
                            story.text(),
                            categories.get(n % categories.size())));
            if (n % 10 == 0) {
                pictures.coverFor(article, n);
            }
            news.publish(article.getId());
        }
    }

    private static List<Story> stories(VillageRef v) {
        String name = v.name();
        return List.of(
                new Story(
                        "gov",
                        "Musyawarah Desa " + name + " Sepakati Rencana Kerja 2027",
                        "Warga, BPD dan perangkat desa menyepakati prioritas pembangunan tahun depan.",
                        "Musyawarah Desa (Musdes) " + name + " digelar di balai desa dan dihadiri perwakilan setiap"
                                + " dusun, Badan Permusyawaratan Desa (BPD), tokoh masyarakat, serta pendamping desa.\n\n"
                                + "## Tiga prioritas\n"
                                + "- Perbaikan jalan usaha tani sepanjang 1,2 km\n"
                                + "- Posyandu dan pencegahan stunting\n"
                                + "- Pelatihan pengelolaan BUMDes\n\n"
                                + "Kepala desa menyampaikan bahwa seluruh usulan dusun telah dibahas secara terbuka."
                                + " **Rencana Kerja Pemerintah Desa (RKPDes)** akan ditetapkan dengan Peraturan Desa"
                                + " setelah dibahas bersama BPD.\n\n"
                                + "> Pembangunan desa adalah kerja bersama, bukan hanya kerja kantor desa.\n\n"
                                + "Dokumen lengkap dapat dilihat di kantor desa pada jam kerja."),
                new Story(
                        "com",
                        "Gotong Royong Bersihkan Saluran Irigasi Menjelang Musim Tanam",
                        "Ratusan warga turun bersama membersihkan saluran irigasi sepanjang tiga kilometer.",
                        "Minggu pagi, warga " + name + " bergotong royong membersihkan saluran irigasi yang mengairi"
                                + " sawah di tiga dusun. Kegiatan dimulai pukul 07.00 WIB dan selesai menjelang siang.\n\n"
                                + "Ketua kelompok tani mengucapkan terima kasih kepada warga yang hadir. Menurutnya,"
                                + " saluran yang bersih membuat air sampai ke petak sawah paling ujung.\n\n"
                                + "Kegiatan serupa akan diadakan setiap _awal musim tanam_."),
                new Story(
                        "eco",
                        "BUMDes " + name + " Buka Pelatihan Pemasaran Daring untuk UMKM",
                        "Pelaku UMKM belajar memotret produk dan berjualan lewat WhatsApp dan lokapasar.",
                        "Badan Usaha Milik Desa (BUMDes) mengadakan pelatihan pemasaran daring bagi pelaku usaha"
                                + " kecil di " + name + ". Peserta belajar memotret produk dengan ponsel, menulis"
                                + " keterangan yang menarik, dan menetapkan harga.\n\n"
                                + "1. Foto produk dengan cahaya alami\n"
                                + "2. Tulis nama, ukuran dan harga dengan jelas\n"
                                + "3. Cantumkan nomor WhatsApp yang aktif\n\n"
                                + "Produk warga kini juga dapat ditampilkan di situs desa."),
                new Story(
                        "com",
                        "Jadwal Posyandu Balita dan Lansia Bulan Depan",
                        "Posyandu dibuka di setiap dusun; bawa buku KIA dan kartu BPJS.",
                        "Pemerintah desa bersama kader posyandu mengumumkan jadwal pelayanan bulan depan. Pelayanan"
                                + " meliputi penimbangan balita, imunisasi, pemeriksaan tekanan darah bagi lansia, dan"
                                + " penyuluhan gizi.\n\n"
                                + "Warga diminta membawa **buku KIA** dan kartu BPJS Kesehatan."));
    }
}
