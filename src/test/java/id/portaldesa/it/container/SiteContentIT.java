package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.Account;
import id.portaldesa.account.MembershipRepository;
import id.portaldesa.account.Position;
import id.portaldesa.account.Role;
import id.portaldesa.account.StaffService;
import id.portaldesa.media.MediaRef;
import id.portaldesa.media.MediaService;
import id.portaldesa.media.MediaVisibility;
import id.portaldesa.media.Upload;
import id.portaldesa.shared.BusinessException;
import id.portaldesa.shared.NotFoundException;
import id.portaldesa.shared.privacy.DataSubject;
import id.portaldesa.shared.seams.MenuEntry;
import id.portaldesa.shared.seams.Search;
import id.portaldesa.shared.seams.SearchHit;
import id.portaldesa.shared.seams.SiteMenu;
import id.portaldesa.shared.seams.Sitemap;
import id.portaldesa.shared.seams.SitemapEntry;
import id.portaldesa.site.SiteDemoFiles;
import id.portaldesa.site.SiteService;
import id.portaldesa.site.Sites;
import id.portaldesa.site.menu.MenuService;
import id.portaldesa.site.pages.PageForm;
import id.portaldesa.site.pages.PageService;
import id.portaldesa.site.pages.PublishedPage;
import id.portaldesa.site.pages.PublishedPages;
import id.portaldesa.site.profile.OfficialForm;
import id.portaldesa.site.profile.OfficialPersonalData;
import id.portaldesa.site.profile.ProfileDetails;
import id.portaldesa.site.profile.ProfileService;
import id.portaldesa.site.profile.Profiles;
import id.portaldesa.site.profile.PublicProfile;
import id.portaldesa.site.profile.ShownOfficial;
import id.portaldesa.village.VillageRef;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The site's services against MariaDB, in fresh villages: the profile, officials linked to staff
 * accounts, pages with stable addresses, the menu order and the theme, each kept per village.
 */
@ExtendWith(ArquillianExtension.class)
class SiteContentIT {

    @Inject
    Fixtures fixtures;

    @Inject
    ProfileService profiles;

    @Inject
    Profiles publicProfiles;

    @Inject
    PageService pages;

    @Inject
    PublishedPages published;

    @Inject
    MenuService menu;

    @Inject
    SiteMenu siteMenu;

    @Inject
    SiteService sites;

    @Inject
    Sites siteRefs;

    @Inject
    StaffService staff;

    @Inject
    MembershipRepository memberships;

    @Inject
    Search search;

    @Inject
    Sitemap sitemap;

    @Inject
    OfficialPersonalData officialData;

    @Inject
    MediaService mediaService;

    static ProfileDetails details(String history) {
        return new ProfileDetails(
                "Selamat datang",
                history,
                "Desa maju",
                "Satu\nDua",
                new BigDecimal("-2.0831"),
                new BigDecimal("102.2708"),
                new BigDecimal("24.75"),
                2314,
                580,
                4,
                "Senin–Jumat 08.00–15.00");
    }

    @Test
    void the_profile_is_stored_per_village_and_shown_at_once() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        String history = "Sejarah " + UUID.randomUUID();
        profiles.updateDetails(details(history));

        PublicProfile shown = publicProfiles.of(a.id());
        assertEquals(history, shown.details().history());
        assertEquals("geo:-2.0831,102.2708", shown.map().geo());
        assertEquals(List.of("Satu", "Dua"), shown.missionPoints());
        assertEquals("Selamat datang", siteRefs.of(a.id()).welcome(), "the welcome is on every page's snapshot");
        assertEquals("Senin–Jumat 08.00–15.00", siteRefs.of(a.id()).officeHours());

        assertNull(publicProfiles.of(b.id()).details().history(), "B's profile is its own");
        fixtures.actAsAdminOf(b);
        assertNull(profiles.details().history(), "B's admin edits B's profile");
        assertTrue(search.search(history).isEmpty(), "B's search finds nothing of A");

        fixtures.actAsAdminOf(a);
        List<SearchHit> hits = search.search(history);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("/public/site/profile.xhtml", hits.get(0).viewId());
    }

    @Test
    void coordinates_come_in_pairs_and_bad_figures_are_refused_with_nothing_saved() {
        fixtures.actAsAdminOf(fixtures.freshVillage());
        ProfileDetails half =
                new ProfileDetails(null, "x", null, null, new BigDecimal("-2"), null, null, null, null, null, null);
        BusinessException refused = assertThrows(BusinessException.class, () -> profiles.updateDetails(half));
        assertEquals("site.details.coordinatesBoth", refused.getMessageKey());
        ProfileDetails negative = new ProfileDetails(null, "x", null, null, null, null, null, -5, null, null, null);
        assertThrows(Exception.class, () -> profiles.updateDetails(negative));
        assertNull(profiles.details().history(), "nothing half-saved");
    }

    @Test
    void an_official_with_a_staff_account_takes_name_and_title_from_the_membership() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        Account secretary = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.SECRETARY, "Rina Sekdes");
        long membership = memberships.activeOf(secretary.getId()).get(0).getId();
        profiles.addOfficial(new OfficialForm(null, "Siti Aminah", "Ketua BPD"));
        long linked = profiles.addOfficial(new OfficialForm(membership, null, null));

        List<ShownOfficial> shown = publicProfiles.of(village.id()).officials();
        assertEquals(
                List.of("Siti Aminah", "Rina Sekdes"),
                shown.stream().map(ShownOfficial::name).toList());
        assertTrue(
                shown.get(1).position().startsWith("Sekretaris Desa"),
                shown.get(1).position());
        assertTrue(shown.get(1).linked());

        staff.retitle(membership, "Sekretaris Desa Merangin Jaya");
        assertEquals(
                "Sekretaris Desa Merangin Jaya",
                profiles.officials().get(1).position(),
                "the title printed on letters is the one the profile shows");

        BusinessException twice = assertThrows(
                BusinessException.class, () -> profiles.addOfficial(new OfficialForm(membership, null, null)));
        assertEquals("site.officials.alreadyListed", twice.getMessageKey());

        profiles.moveOfficial(linked, -1);
        assertEquals("Rina Sekdes", profiles.officials().get(0).name(), "moved up");

        staff.revokeMembership(membership);
        profiles.updateDetails(details("bump"));
        assertEquals(
                List.of("Siti Aminah"),
                publicProfiles.of(village.id()).officials().stream()
                        .map(ShownOfficial::name)
                        .toList(),
                "an official whose membership ended is not shown");
        assertFalse(profiles.officials().get(0).active(), "the back office still lists them, marked");
    }

    @Test
    void a_person_listed_through_their_account_finds_it_in_their_export_and_leaves_the_profile_when_erased() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        Account head = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.HEAD, "Kades Data");
        long membership = memberships.activeOf(head.getId()).get(0).getId();
        profiles.addOfficial(new OfficialForm(membership, null, null));
        profiles.addOfficial(new OfficialForm(null, "Orang Lain", "Ketua BPD"));
        DataSubject subject = new DataSubject(head.getId(), head.getEmail());
        assertEquals(1, ((List<?>) officialData.export(subject)).size());
        assertNull(officialData.export(new DataSubject(fixtures.person("lain").getId(), "x@it.test")));

        erase(subject);
        assertEquals(
                List.of("Orang Lain"),
                profiles.officials().stream().map(ShownOfficial::name).toList(),
                "only the erased person leaves the list");
    }

    /** As the account's erasure does: in its own transaction. */
    void erase(DataSubject subject) {
        try {
            jakarta.transaction.UserTransaction tx = (jakarta.transaction.UserTransaction)
                    new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
            tx.begin();
            officialData.erase(subject);
            tx.commit();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void officials_of_another_village_cannot_be_linked_or_touched() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        Account headOfA = fixtures.staffOfCurrentVillage(Role.OFFICIAL, Position.HEAD, "Kades A");
        long membershipOfA = memberships.activeOf(headOfA.getId()).get(0).getId();
        long officialOfA = profiles.addOfficial(new OfficialForm(null, "Orang A", "Ketua BPD"));

        fixtures.actAsAdminOf(b);
        assertThrows(NotFoundException.class, () -> profiles.addOfficial(new OfficialForm(membershipOfA, null, null)));
        assertThrows(
                NotFoundException.class,
                () -> profiles.updateOfficial(officialOfA, new OfficialForm(null, "Diubah", "x")));
        assertThrows(NotFoundException.class, () -> profiles.moveOfficial(officialOfA, 1));
        assertThrows(NotFoundException.class, () -> profiles.removeOfficial(officialOfA));
        assertTrue(profiles.officials().isEmpty());

        fixtures.actAsAdminOf(a);
        assertEquals("Orang A", profiles.officials().get(0).name(), "unchanged");
    }

    @Test
    void a_page_keeps_its_old_address_when_its_title_changes_and_shows_only_once_published() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        long id = pages.create(
                new PageForm("APBDes Tahun 2026", "Ringkasan <script>alert(1)</script>anggaran\n\nBagian dua"));
        assertTrue(published.of(village.id()).all().isEmpty(), "a draft is not public");
        pages.publish(id, true);
        PublishedPage page = published.bySlug(village.id(), "apbdes-tahun-2026").orElseThrow();
        assertFalse(page.body().contains("<script"), "sanitised on save: " + page.body());
        assertTrue(page.text().contains("Bagian dua"), page.text());

        pages.update(id, new PageForm("APBDes 2026 (Perubahan)", "Isi baru"));
        PublishedPages.OfVillage now = published.of(village.id());
        assertEquals(Set.of("apbdes-2026-perubahan"), now.bySlug().keySet());
        assertEquals("apbdes-2026-perubahan", now.moved().get("apbdes-tahun-2026"), "the old address answers 301");

        long other = pages.create(new PageForm("APBDes 2026 (Perubahan)", "lain"));
        assertEquals("apbdes-2026-perubahan-2", pages.page(other).slug(), "a taken slug is never given twice");
        long third = pages.create(new PageForm("APBDes Tahun 2026", "lain"));
        assertEquals("apbdes-tahun-2026-2", pages.page(third).slug(), "nor an old one still answering");

        pages.update(id, new PageForm("APBDes Tahun 2026", "kembali"));
        assertEquals("apbdes-tahun-2026", pages.page(id).slug(), "back to its first title, its first address");
        assertEquals("apbdes-tahun-2026", published.of(village.id()).moved().get("apbdes-2026-perubahan"));

        pages.publish(id, false);
        assertTrue(published.bySlug(village.id(), "apbdes-tahun-2026").isEmpty(), "withdrawn");
    }

    @Test
    void pages_appear_in_menu_search_and_sitemap_of_their_village_only() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        String word = "Kelompok" + UUID.randomUUID().toString().substring(0, 6);
        long id = pages.create(new PageForm("Lembaga Desa", "Daftar lembaga: " + word));
        pages.publish(id, true);
        assertTrue(
                siteMenu.getEntries().stream().anyMatch(e -> "Lembaga Desa".equals(e.text())),
                siteMenu.getEntries().toString());
        List<SearchHit> hits = search.search(word);
        assertEquals(
                1,
                hits.stream()
                        .filter(h -> h.kindKey().equals("site.search.kind.page"))
                        .count());
        List<SitemapEntry> entries = sitemap.entries();
        assertTrue(entries.stream().anyMatch(e -> e.parameters().containsValue("lembaga-desa")), entries.toString());

        fixtures.actAsAdminOf(b);
        assertTrue(search.search(word).isEmpty());
        assertTrue(sitemap.entries().stream().noneMatch(e -> e.parameters().containsValue("lembaga-desa")));
        assertThrows(NotFoundException.class, () -> pages.update(id, new PageForm("Dicuri", "x")));
        assertThrows(NotFoundException.class, () -> pages.publish(id, false));
        assertThrows(NotFoundException.class, () -> pages.delete(id));
        assertThrows(NotFoundException.class, () -> pages.page(id));

        fixtures.actAsAdminOf(a);
        assertEquals("Lembaga Desa", pages.page(id).title(), "untouched by B");
    }

    @Test
    void each_village_orders_and_hides_its_own_menu() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        long id = pages.create(new PageForm("Perdes", "x"));
        pages.publish(id, true);
        String pageKey = "page:" + id;
        menu.arrange(List.of(pageKey, "profile"), Set.of("profile"));
        List<String> keys = siteMenu.getEntries().stream().map(MenuEntry::key).toList();
        assertEquals(pageKey, keys.get(0), keys.toString());
        assertFalse(keys.contains("profile"), "hidden");
        assertTrue(menu.lines().stream().anyMatch(l -> l.entry().key().equals("profile") && l.hidden()));

        fixtures.actAsAdminOf(b);
        List<String> ofB = menu.lines().stream().map(l -> l.entry().key()).toList();
        assertEquals("profile", ofB.get(0), "B's menu keeps the features' order: " + ofB);
        assertTrue(menu.lines().stream().noneMatch(MenuService.Line::hidden));
    }

    @Test
    void the_theme_is_applied_per_village_and_needs_the_permission() {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        sites.applyLook("pusaka", "#6d4c41");
        assertEquals("pusaka", siteRefs.of(a.id()).theme());
        assertEquals("#6d4c41", siteRefs.of(a.id()).accentColor());
        assertEquals("default", siteRefs.of(b.id()).theme());

        fixtures.actFor(b);
        Account resident = fixtures.person("warga");
        fixtures.actAs(resident);
        assertThrows(NotFoundException.class, () -> sites.applyLook("lintas", "#000000"));
        assertThrows(NotFoundException.class, () -> profiles.updateDetails(details("x")));
        assertThrows(NotFoundException.class, () -> pages.create(new PageForm("x", "y")));
        assertThrows(NotFoundException.class, () -> menu.arrange(List.of(), Set.of()));
    }

    @Test
    void a_pages_pdf_is_stored_listed_and_deleted_with_it_and_a_refused_file_leaves_nothing() {
        VillageRef village = fixtures.freshVillage();
        fixtures.actAsAdminOf(village);
        long id = pages.create(new PageForm("APBDes", "Ringkasan."));
        pages.publish(id, true);
        byte[] pdf = SiteDemoFiles.pdf("APBDes", List.of("Pendapatan Rp1.000"));
        long attachment = pages.attach(id, new Upload("apbdes.pdf", pdf), "Ringkasan APBDes");
        PublishedPage page = published.bySlug(village.id(), "apbdes").orElseThrow();
        assertEquals(1, page.attachments().size());
        MediaRef stored = page.attachments().get(0).media();
        assertEquals(pdf.length, stored.size());
        assertFalse(stored.isImage());

        BusinessException notPdf = assertThrows(
                BusinessException.class,
                () -> pages.attach(id, new Upload("palsu.pdf", "bukan pdf".getBytes()), "Palsu"));
        assertTrue(notPdf.getMessageKey().startsWith("media."), notPdf.getMessageKey());
        assertEquals(1, pages.attachments(id).size(), "nothing half-saved");

        pages.detach(attachment);
        assertTrue(mediaService.find(stored.id()).isEmpty(), "the file goes with its attachment");
        long second = pages.attach(id, new Upload("b.pdf", pdf), "Lampiran B");
        long mediaOfSecond = pages.attachments(id).stream()
                .filter(a -> a.id() == second)
                .findFirst()
                .orElseThrow()
                .mediaId();
        pages.delete(id);
        assertTrue(mediaService.find(mediaOfSecond).isEmpty(), "and with its page");
    }

    @Test
    void another_villages_media_cannot_be_attached_and_portraits_replace_each_other() throws Exception {
        VillageRef a = fixtures.freshVillage();
        VillageRef b = fixtures.freshVillage();
        fixtures.actAsAdminOf(a);
        long pageOfA = pages.create(new PageForm("Milik A", "x"));
        long mediaOfA = mediaService
                .storeDocument(new Upload("a.pdf", SiteDemoFiles.pdf("A", List.of())), MediaVisibility.PUBLIC)
                .id();
        pages.attach(pageOfA, mediaOfA, "Dokumen A");
        long official = profiles.addOfficial(new OfficialForm(null, "Foto Uji", "Ketua BPD"));
        byte[] portrait = SiteDemoFiles.portrait(java.awt.Color.BLUE, java.awt.Color.GRAY, false);
        profiles.showPhoto(official, new Upload("a.jpg", portrait));
        Long first = profiles.officials().get(0).photoMediaId();
        profiles.showPhoto(official, new Upload("b.jpg", portrait));
        Long second = profiles.officials().get(0).photoMediaId();
        assertTrue(first != null && second != null && !first.equals(second));
        assertTrue(mediaService.find(first).isEmpty(), "the replaced portrait is deleted");
        assertTrue(mediaService.find(second).orElseThrow().width() <= 480, "portraits are kept small");

        fixtures.actAsAdminOf(b);
        long pageOfB = pages.create(new PageForm("Milik B", "y"));
        assertThrows(NotFoundException.class, () -> pages.attach(pageOfB, mediaOfA, "Curian"));
        assertThrows(NotFoundException.class, () -> profiles.showPhoto(official, new Upload("c.jpg", portrait)));
        assertTrue(pages.attachments(pageOfB).isEmpty());
    }
}
