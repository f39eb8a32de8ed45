package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.news.Article;
import id.portaldesa.news.ArticleForm;
import id.portaldesa.news.ArticleStatus;
import id.portaldesa.news.NewsService;
import id.portaldesa.news.PublishedNews;
import id.portaldesa.news.ScheduledPublishing;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.html.RichText;
import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.Sitemap;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news service against MariaDB: what visitors can read follows publish, schedule and withdraw
 * at once (and never shows a draft or a scheduled article before its time); two schedulers racing
 * publish each due article exactly once; a changed address is remembered; text is sanitised on save.
 */
@ExtendWith(ArquillianExtension.class)
class NewsServiceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    NewsService news;

    @Inject
    PublishedNews published;

    @Inject
    ScheduledPublishing scheduler;

    @Inject
    Search search;

    @Inject
    Sitemap sitemap;

    @Inject
    DatabaseRows rows;

    @Resource
    ManagedExecutorService executor;

    @Inject
    id.portaldesa.news.NewsPersonalData personalData;

    static ArticleForm form(String title, String text) {
        return new ArticleForm(title, null, null, text, null);
    }

    @Test
    void visitorsSeeAnArticleOnlyWhileItIsPublished() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        Article draft = news.save(null, form("Panen Raya Padi Sawah", "Warga memanen padi bersama."));
        String slug = draft.getSlug();
        assertEquals("panen-raya-padi-sawah", slug);
        assertVisible(village, slug, false, "a draft");

        long before = rows.contentRevision(village.id());
        news.publish(draft.getId());
        assertTrue(rows.contentRevision(village.id()) > before, "publishing is announced");
        assertVisible(village, slug, true, "a published article");
        assertEquals(slug, published.latest(village.id(), 3).get(0).slug(), "on the home page at once");

        news.unpublish(draft.getId());
        assertVisible(village, slug, false, "a withdrawn article");

        news.schedule(draft.getId(), Instant.now().plusSeconds(3600));
        assertVisible(village, slug, false, "an article scheduled for later");
        assertEquals(ArticleStatus.SCHEDULED, news.article(draft.getId()).getStatus());

        assertThrows(
                BusinessException.class,
                () -> news.saveAndSchedule(
                        draft.getId(),
                        form("Judul lain", "Teks lain."),
                        Instant.now().minusSeconds(60)));
        assertEquals(
                "Panen Raya Padi Sawah", news.article(draft.getId()).getTitle(), "a refused schedule saves nothing");
    }

    /** Page, list, feed, sitemap and search agree on whether an article is public. */
    void assertVisible(VillageRef village, String slug, boolean visible, String what) {
        assertEquals(visible, published.article(village.id(), slug).isPresent(), what + ": article page");
        assertEquals(
                visible,
                published.latest(village.id(), 10).stream()
                        .anyMatch(c -> c.slug().equals(slug)),
                what + ": list");
        assertEquals(
                visible,
                published.feed(village.id()).stream()
                        .anyMatch(a -> a.card().slug().equals(slug)),
                what + ": feed");
        assertEquals(
                visible,
                sitemap.entries().stream()
                        .anyMatch(e -> slug.equals(e.parameters().get("judul"))),
                what + ": sitemap");
        assertEquals(
                visible,
                search.search("memanen padi").stream()
                        .anyMatch(h -> slug.equals(h.parameters().get("judul"))),
                what + ": search");
    }

    @Test
    void twoSchedulersRacingPublishEachDueArticleOnce() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        int count = 6;
        List<Long> ids = new ArrayList<>();
        Instant at = Instant.now().plusSeconds(2);
        for (int i = 0; i < count; i++) {
            Article a = news.save(null, form("Terjadwal " + i, "Teks " + i));
            news.schedule(a.getId(), at);
            ids.add(a.getId());
        }
        long revisionBefore = rows.contentRevision(village.id());
        Thread.sleep(java.time.Duration.between(Instant.now(), at).toMillis() + 200);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return scheduler.publishDue();
        };
        Future<Integer> one = executor.submit(run);
        Future<Integer> other = executor.submit(run);
        start.countDown();
        int byUs = one.get(60, TimeUnit.SECONDS) + other.get(60, TimeUnit.SECONDS);
        for (long id : ids) {
            assertEquals(ArticleStatus.PUBLISHED, news.article(id).getStatus());
            assertEquals(1, publishedEntries(village.id(), "Terjadwal " + ids.indexOf(id)), "published once: " + id);
        }
        // The node's own timer may have taken some; every article was announced exactly once.
        assertTrue(byUs <= count, "published " + byUs);
        assertEquals(revisionBefore + count, rows.contentRevision(village.id()), "one announcement per article");
        assertEquals(count, published.latest(village.id(), 20).size());
        assertEquals(
                at.getEpochSecond(),
                news.article(ids.get(0)).getPublishedAt().getEpochSecond(),
                "the date shown is the scheduled time");
    }

    long publishedEntries(long villageId, String title) throws Exception {
        try (Connection c = rows.connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE village_id = ? AND action = ? AND subject = ?")) {
            s.setLong(1, villageId);
            s.setString(2, "news.article.published");
            s.setString(3, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aChangedAddressIsKeptAndTheTitleAloneChangesNothing() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        Article a = news.saveAndPublish(null, form("Rapat BPD Bulan Maret", "Isi."));
        String first = a.getSlug();
        // The editor shows the current address in its field: a new title alone keeps it.
        news.save(a.getId(), new ArticleForm("Rapat BPD Bulan Maret 2026", first, null, "Isi.", null));
        assertEquals(first, news.article(a.getId()).getSlug(), "a new title keeps the address");

        news.save(a.getId(), new ArticleForm("Rapat BPD Bulan Maret 2026", "", null, "Isi.", null));
        String second = news.article(a.getId()).getSlug();
        assertEquals("rapat-bpd-bulan-maret-2026", second, "an emptied address follows the title");
        assertEquals(second, published.currentSlug(village.id(), first).orElseThrow());

        Article other = news.saveAndPublish(null, form("Rapat BPD Bulan Maret", "Lain."));
        assertEquals(first + "-2", other.getSlug(), "an old address is not given to another article");
        news.save(a.getId(), new ArticleForm("x", first, null, "Isi.", null));
        assertEquals(first, news.article(a.getId()).getSlug(), "an article takes its own old address back");
        assertTrue(published.currentSlug(village.id(), first).isEmpty());
        assertEquals(first, published.currentSlug(village.id(), second).orElseThrow());
    }

    @Test
    void textIsSanitisedOnSave() throws Exception {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        for (String payload : List.of(
                "<script>alert(1)</script>",
                "[klik](javascript:alert(1))",
                "<img src=x onerror=alert(1)>",
                "![x](https://evil.test/p.png)")) {
            Article a = news.save(null, form("Uji " + payload, "Teks. " + payload));
            String body = news.article(a.getId()).getBody();
            assertFalse(body.contains("<script"), body);
            assertFalse(body.contains("javascript:"), body);
            assertFalse(body.contains("<img"), body);
            assertEquals(body, RichText.withoutImages().sanitize(body), "stored already safe: " + body);
        }
    }

    @Test
    void aPersonsExportListsTheArticlesTheyWroteAndTheirErasureRenewsThePages() throws Exception {
        VillageRef village = fixtures.freshVillage();
        id.portaldesa.account.Account admin = fixtures.actAsAdminOf(village);
        news.saveAndPublish(null, form("Tulisan Saya", "Isi."));
        Object export =
                personalData.export(new id.portaldesa.shared.privacy.DataSubject(admin.getId(), admin.getEmail()));
        assertTrue(export.toString().contains("Tulisan Saya"), String.valueOf(export));
        Object nobody = personalData.export(new id.portaldesa.shared.privacy.DataSubject(-1, "x@it.test"));
        assertEquals(null, nobody);
        long before = rows.contentRevision(village.id());
        inTransaction(() ->
                personalData.erase(new id.portaldesa.shared.privacy.DataSubject(admin.getId(), admin.getEmail())));
        assertEquals(before + 1, rows.contentRevision(village.id()), "pages naming the author are renewed");
    }

    @Inject
    jakarta.transaction.UserTransaction transaction;

    void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    @Inject
    id.portaldesa.media.MediaService mediaService;

    static byte[] photo() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void picturesAreTheVillagesOwnAndGoWithTheArticle() throws Exception {
        VillageRef other = fixtures.freshVillage();
        fixtures.actAsAdminOf(other);
        long foreign = mediaService
                .storeImage(
                        new id.portaldesa.media.Upload("b.jpg", photo()), id.portaldesa.media.MediaVisibility.PUBLIC)
                .id();

        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        Article a = news.saveAndPublish(
                null,
                form("Bergambar", "Isi.\n\n![dari desa lain](media:" + foreign + ")"),
                new id.portaldesa.news.ArticlePictures(
                        new id.portaldesa.media.Upload("sampul.jpg", photo()),
                        false,
                        new id.portaldesa.media.Upload("isi.jpg", photo()),
                        "Balai desa [baru]"));
        String body = news.article(a.getId()).getBody();
        assertFalse(body.contains("media:" + foreign), "another village's picture is dropped: " + body);
        List<Long> pictures = RichText.mediaIds(body);
        assertEquals(1, pictures.size(), body);
        assertTrue(body.contains("alt=\"Balai desa baru\""), body);
        var view = published.article(village.id(), a.getSlug()).orElseThrow();
        assertTrue(view.card().hasCover());
        assertEquals(
                pictures,
                view.pictures().stream().map(id.portaldesa.media.MediaRef::id).toList());
        long cover = view.card().cover().id();

        news.delete(a.getId());
        assertTrue(mediaService.find(cover).isEmpty(), "the cover goes with the article");
        assertTrue(mediaService.find(pictures.get(0)).isEmpty(), "its pictures too");
    }

    @Test
    void aRefusedPictureSavesNothing() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        assertThrows(
                BusinessException.class,
                () -> news.save(
                        null,
                        form("Tidak tersimpan", "Isi."),
                        new id.portaldesa.news.ArticlePictures(
                                new id.portaldesa.media.Upload("bukan.jpg", "bukan gambar".getBytes()),
                                false,
                                null,
                                null)));
        assertEquals(
                0,
                news.articles(id.portaldesa.shared.paging.PageRequest.first(10), java.util.Optional.empty())
                        .total());
    }

    @Test
    void aTextThatIsNothingButARefusedPictureIsRefused() {
        fixtures.actAsAdminOf(fixtures.freshVillage());
        assertThrows(BusinessException.class, () -> news.save(null, form("Kosong", "![x](https://evil.test/p.png)")));
    }

    @Test
    void categoriesAreTheVillagesAndOnlyEmptyOnesGo() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        long gov = news.createCategory("Pemerintahan").getId();
        assertThrows(BusinessException.class, () -> news.createCategory(" pemerintahan "));
        long empty = news.createCategory("Olahraga").getId();
        news.renameCategory(empty, "Olahraga & Seni");
        assertEquals(
                "olahraga-dan-seni",
                published.categories(village.id()).stream()
                        .filter(c -> c.id() == empty)
                        .findFirst()
                        .orElseThrow()
                        .slug());
        news.saveAndPublish(null, new ArticleForm("Pelantikan Perangkat", null, null, "Isi.", gov));
        assertThrows(BusinessException.class, () -> news.deleteCategory(gov));
        news.deleteCategory(empty);
        assertEquals(1, news.categories().size());
        assertEquals(
                1,
                published
                        .page(
                                village.id(),
                                published.category(village.id(), "pemerintahan").orElseThrow(),
                                id.portaldesa.shared.paging.PageRequest.first(10))
                        .total());
    }
}
