package id.portaldesa.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.portaldesa.account.AccountRepository;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.letters.LetterOffice;
import id.portaldesa.letters.ResidentRequests;
import id.portaldesa.letters.SubjectKind;
import id.portaldesa.media.TestPictures;
import id.portaldesa.media.Upload;
import id.portaldesa.participation.AspirationDraft;
import id.portaldesa.participation.AspirationService;
import id.portaldesa.participation.AspirationState;
import id.portaldesa.participation.Category;
import id.portaldesa.participation.ComplaintDraft;
import id.portaldesa.participation.ComplaintService;
import id.portaldesa.participation.ComplaintState;
import id.portaldesa.platform.metrics.Figures;
import id.portaldesa.platform.metrics.MetricsRebuild;
import id.portaldesa.platform.metrics.VillageFigures;
import id.portaldesa.platform.metrics.VillageMetrics;
import id.portaldesa.village.VillageClock;
import id.portaldesa.village.VillageDirectory;
import id.portaldesa.village.VillageRef;
import id.portaldesa.village.VillageTimeZone;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service figures on MariaDB: histories made through the real services keep the facts and month
 * figures in step as they happen, and a rebuild from state_change alone gives exactly the same rows;
 * a known history (written by SQL, with chosen times) gives exact medians, percentiles and months in
 * the village's own time zone.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Inject
    LetterVillages letterVillages;

    @Inject
    ParticipationFixtures participation;

    @Inject
    Fixtures fixtures;

    @Inject
    VillageDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AccountRepository accounts;

    @Inject
    ResidentRequests requests;

    @Inject
    LetterOffice office;

    @Inject
    AspirationService aspirations;

    @Inject
    ComplaintService complaints;

    @Inject
    VillageMetrics metrics;

    @Inject
    MetricsRebuild rebuild;

    @Inject
    VillageClock clocks;

    @Inject
    DatabaseRows database;

    @Inject
    id.portaldesa.platform.metrics.web.MetricsLinks metricsLinks;

    @Inject
    SkippedMonthRecomputations skipped;

    @Inject
    id.portaldesa.platform.metrics.MonthRepair repair;

    long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    long submittedSkd(String purpose) {
        long draft = requests.start("SKD");
        requests.saveSubject(draft, new ResidentRequests.SubjectChoice(SubjectKind.SELF, null, null, null, null));
        requests.saveAnswers(draft, Map.of("keperluan", purpose));
        requests.attach(draft, "ktp", new Upload("ktp.jpg", TestPictures.jpeg(400, 300)));
        requests.attach(draft, "kk", new Upload("kk.jpg", TestPictures.jpeg(400, 300)));
        requests.submit(draft);
        return draft;
    }

    @Test
    void figuresKeptAsThingsHappenEqualTheFiguresRebuiltFromTheHistory() throws Exception {
        LetterVillages.LetterVillage lv = letterVillages.create(false);
        VillageRef village = directory.byId(lv.village().id()).orElseThrow();
        fixtures.actFor(village);
        long resident = id(lv.village().residentEmail());
        long operator = id(lv.operatorEmail());
        long secretary = id(lv.village().officialEmail());
        long head = id(lv.headEmail());
        String password = lv.village().password();

        // Three letter requests: one returned once and then issued, one issued, one cancelled.
        long revisionAtStart = database.contentRevision(village.id());
        user.actAs(resident);
        long returned = submittedSkd("Dikembalikan sekali");
        long straight = submittedSkd("Langsung");
        long cancelled = submittedSkd("Dibatalkan");
        user.actAs(operator);
        office.returnToResident(returned, "Foto KTP buram");
        user.actAs(resident);
        Thread.sleep(1100); // a whole second returned, so the returned time is not zero
        requests.submit(returned);
        requests.cancel(reference(cancelled));
        for (long id : List.of(returned, straight)) {
            user.actAs(operator);
            office.check(id, null);
            user.actAs(secretary);
            office.verify(id, null);
            user.actAs(head);
            office.sign(id, password);
        }
        long revisionBefore = database.contentRevision(village.id());
        assertEquals(revisionAtStart, revisionBefore, "moves do not empty the village's stored public pages");

        // Aspirations and complaints of a participation village.
        ParticipationFixtures.ParticipationVillage pv = participation.create(false);
        VillageRef other = directory.byId(pv.village().id()).orElseThrow();
        fixtures.actFor(other);
        user.actAs(id(pv.residents().get(0)));
        long planned = aspirations.submit(
                new AspirationDraft(
                        "Jalan dusun", "Perbaikan jalan dusun", Category.OTHER, "Dusun 1", "1", "2", null, null),
                List.of());
        long waiting = aspirations.submit(
                new AspirationDraft("Lampu jalan", "Lampu di simpang", Category.OTHER, "Dusun 2", "1", "2", null, null),
                List.of());
        complaints.file(
                new ComplaintDraft(
                        Category.OTHER, "Sampah menumpuk di pasar", "Pasar", (BigDecimal) null, null, false, false),
                null,
                null,
                null,
                List.of(),
                "web");
        complaints.file(
                new ComplaintDraft(
                        Category.OTHER, "Lampu jalan mati", "Simpang", (BigDecimal) null, null, false, false),
                null,
                null,
                null,
                List.of(),
                "web");
        user.actAs(id(pv.village().adminEmail()));
        aspirations.publish(planned);
        aspirations.publish(waiting);
        user.actAs(id(pv.village().officialEmail()));
        aspirations.answer(planned, AspirationState.UNDER_REVIEW, "Dibahas di musdes");
        aspirations.answer(planned, AspirationState.PLANNED, "Masuk RKPDes");
        long first = complaintIds(other.id()).get(0);
        complaints.move(first, ComplaintState.IN_PROGRESS, null);
        complaints.move(first, ComplaintState.RESOLVED, "Sudah diangkut");

        // As they happened:
        VillageFigures letters = metrics.of(village.id());
        Figures l = letters.lettersTotal();
        assertEquals(3, l.received());
        assertEquals(2, l.done());
        assertEquals(67L, l.shareDone());
        assertNull(l.medianDone(), "two issued: no time shown publicly (fewer than five)");
        assertTrue(l.withheld());
        Figures exact = metrics.exactOf(village.id()).lettersTotal();
        assertTrue(exact.medianDone() >= exact.medianNet(), "the net time leaves the returned time out");
        assertTrue(returnedSeconds(village.id(), returned) >= 1, "the second the request was returned");
        assertEquals(
                VillageFigures.Kind.OTHERS,
                letters.letterTypes().get(0).code(),
                "three requests of a type a year are shown among the others only");
        assertEquals(3, letters.letters().get(letters.letters().size() - 1).received(), "this month");
        VillageFigures participationFigures = metrics.of(other.id());
        Figures a = participationFigures.aspirationsTotal();
        assertEquals(2, a.received());
        assertEquals(1, a.done());
        assertEquals(1, a.accepted());
        assertNull(participationFigures.complaintsTotal().shareWithinTarget(), "one resolved: not public");
        Figures c = metrics.exactOf(other.id()).complaintsTotal();
        assertEquals(2, c.received());
        assertEquals(1, c.done());
        assertEquals(1, c.withTarget(), "the category's target came with the move into the queue");
        assertEquals(100L, c.shareWithinTarget());
        assertTrue(targetOf(other.id(), first) > 0);

        // Rebuilt from state_change alone: the very same rows.
        String keptLetters = rows(village.id());
        String keptParticipation = rows(other.id());
        fixtures.actAsPlatformAdmin();
        rebuild.rebuild(village.id());
        rebuild.rebuild(other.id());
        assertEquals(keptLetters, rows(village.id()));
        assertEquals(keptParticipation, rows(other.id()));
        assertTrue(database.contentRevision(village.id()) > revisionBefore, "the public page is fresh");
    }

    @Test
    void aKnownHistoryGivesExactFiguresInTheVillagesOwnMonths() throws Exception {
        VillageRef papua = fixtures.freshVillageIn("94");
        assertEquals(VillageTimeZone.WIT, papua.timeZone());
        ZoneId zone = papua.timeZone().zone();
        YearMonth thisMonth = clocks.of(papua).thisMonth();
        YearMonth last = thisMonth.minusMonths(1);
        Instant start = last.atDay(3).atTime(9, 0).atZone(zone).toInstant();
        List<Object[]> history = new ArrayList<>();
        // Ten requests issued after 1..10 hours; the even ones spent one hour returned.
        for (int i = 1; i <= 10; i++) {
            long subject = 1000 + i;
            history.add(change("letterRequest", subject, null, "SUBMITTED", start, "SKD", null));
            Instant t = start;
            if (i % 2 == 0) {
                history.add(change("letterRequest", subject, "SUBMITTED", "RETURNED", t.plusSeconds(600), "SKD", null));
                history.add(
                        change("letterRequest", subject, "RETURNED", "SUBMITTED", t.plusSeconds(4200), "SKD", null));
            }
            history.add(change(
                    "letterRequest", subject, "SUBMITTED", "SIGNED", t.plusSeconds(i * 3600L - 60), "SKD", null));
            history.add(change("letterRequest", subject, "SIGNED", "ISSUED", t.plusSeconds(i * 3600L), "SKD", null));
        }
        // Submitted at 23:30 WIT on the last day of last month: last month's, not this month's
        // (it is 21:30 WIB and 14:30 UTC of the same day, so a zone mistake would not show in WIB).
        Instant lastEvening = last.atEndOfMonth().atTime(23, 30).atZone(zone).toInstant();
        history.add(change("letterRequest", 2000, null, "SUBMITTED", lastEvening, "SKU", null));
        // 00:30 WIT on the first of this month is still last month in WIB and UTC.
        Instant firstMorning = thisMonth.atDay(1).atTime(0, 30).atZone(zone).toInstant();
        history.add(change("letterRequest", 2001, null, "SUBMITTED", firstMorning, "SKU", null));
        // Two complaints with a 24-hour target: one resolved in 20 h, one in 30 h; first responses 1 h, 3 h.
        history.add(change("complaint", 3001, null, "NEW", start, "ROADS", 24));
        history.add(change("complaint", 3001, "NEW", "ASSIGNED", start.plusSeconds(3600), "ROADS", null));
        history.add(change("complaint", 3001, "ASSIGNED", "RESOLVED", start.plusSeconds(20 * 3600), "ROADS", null));
        history.add(change("complaint", 3002, null, "NEW", start, "ROADS", 24));
        history.add(change("complaint", 3002, "NEW", "IN_PROGRESS", start.plusSeconds(3 * 3600), "ROADS", null));
        history.add(change("complaint", 3002, "IN_PROGRESS", "RESOLVED", start.plusSeconds(30 * 3600), "ROADS", null));
        insert(papua.id(), history);

        fixtures.actAsPlatformAdmin();
        assertEquals(42 + 6, rebuild.rebuild(papua.id()).changes());
        VillageFigures f = metrics.of(papua.id());
        int lastIndex = f.months().indexOf(last);
        Figures letters = f.letters().get(lastIndex);
        assertEquals(11, letters.received(), "ten, and the one of 23:30 WIT on the last evening");
        assertEquals(10, letters.done());
        assertEquals(5 * 3600L, letters.medianDone());
        assertEquals(9 * 3600L, letters.p90Done());
        assertEquals(5 * 3600L, letters.medianNet()); // 1,1,3,3,5,5,7,7,9,9 h
        assertEquals(9 * 3600L, letters.p90Net());
        assertEquals(1, f.letters().get(f.months().indexOf(thisMonth)).received(), "00:30 WIT on the first");
        assertNull(f.complaints().get(lastIndex).medianResponse(), "two complaints: no time in public");
        assertNull(f.complaints().get(lastIndex).shareWithinTarget());
        Figures complaintsOfLast = metrics.exactOf(papua.id()).complaints().get(lastIndex);
        assertEquals(2, complaintsOfLast.received());
        assertEquals(2, complaintsOfLast.done());
        assertEquals(50L, complaintsOfLast.shareWithinTarget());
        assertEquals(3600L, complaintsOfLast.medianResponse());
        assertEquals(20 * 3600L, complaintsOfLast.medianDone());
        // The month row the dashboard sorts by holds the same figures.
        assertEquals(
                "11|10|18000|32400|18000|32400",
                single(
                        "SELECT received, done, median_done, p90_done, median_net, p90_net FROM service_month"
                                + " WHERE village_id = ? AND subject_type = 'letterRequest' AND period = ?",
                        papua.id(),
                        last.getYear() * 100 + last.getMonthValue()));
        assertFalse(f.isEmpty());
        assertNull(f.letters().get(0).medianDone(), "nothing eleven months ago");
    }

    @Test
    void aMonthWhoseRecomputationAfterCommitWasLostIsRepairedByTheHousekeeping() throws Exception {
        ParticipationFixtures.ParticipationVillage pv = participation.create(false);
        VillageRef village = directory.byId(pv.village().id()).orElseThrow();
        fixtures.actFor(village);
        user.actAs(id(pv.residents().get(0)));
        YearMonth now = clocks.of(village).thisMonth();
        int period = now.getYear() * 100 + now.getMonthValue();
        String monthRow = "SELECT received FROM service_month WHERE village_id = ? AND subject_type = 'aspiration'"
                + " AND period = ?";
        aspirations.submit(
                new AspirationDraft(
                        "Posyandu", "Posyandu baru di dusun", Category.OTHER, "Dusun 1", "1", "2", null, null),
                List.of());
        assertEquals("1", single(monthRow, village.id(), period));
        skipped.arm(true);
        try {
            aspirations.submit(
                    new AspirationDraft(
                            "Air bersih", "Sumur bor untuk dusun", Category.OTHER, "Dusun 2", "1", "2", null, null),
                    List.of());
        } finally {
            skipped.arm(false);
        }
        assertEquals("1", single(monthRow, village.id(), period), "the month was not recomputed after commit");

        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        assertTrue(repair.villagesToLookAt(later).contains(village.id()), "its mark was left behind");
        assertFalse(repair.villagesToLookAt(Instant.now()).contains(village.id()), "not while fresh");
        assertTrue(repair.clean(village.id(), later) >= 1);
        assertEquals("2", single(monthRow, village.id(), period), "repaired, without a rebuild");
        assertFalse(repair.villagesToLookAt(later).contains(village.id()), "and its mark cleared");
        String repaired = rows(village.id());
        fixtures.actAsPlatformAdmin();
        rebuild.rebuild(village.id());
        assertEquals(repaired, rows(village.id()), "the same figures as a rebuild");
    }

    @Test
    void aRebuildRunsAsAJobOneAtATimeAndSkipsAVillageThatFails() throws Exception {
        VillageRef bad = fixtures.freshVillage();
        VillageRef good = fixtures.freshVillage();
        // Due ten thousand years from now: no DATETIME holds it, the village's facts cannot be written.
        insert(
                bad.id(),
                List.<Object[]>of(change("complaint", 1, null, "NEW", Instant.now(), "ROADS", Integer.MAX_VALUE)));
        insert(good.id(), List.<Object[]>of(change("aspiration", 1, null, "SUBMITTED", Instant.now(), null, null)));
        fixtures.actAsPlatformAdmin();
        MetricsRebuild.Status started = rebuild.start().orElseThrow();
        assertTrue(started.running());
        assertTrue(rebuild.start().isEmpty(), "a second rebuild while one runs is refused");
        MetricsRebuild.Status status = started;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (status.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = rebuild.status().orElseThrow();
        }
        assertFalse(status.running(), "done within five minutes: " + status);
        assertEquals(
                List.of(bad.id()),
                status.failedVillages().stream()
                        .filter(id -> id == bad.id() || id == good.id())
                        .toList());
        assertEquals(status.villages(), status.villagesDone(), "the others went on");
        YearMonth now = clocks.of(good).thisMonth();
        assertEquals(
                "1",
                single(
                        "SELECT received FROM service_month WHERE village_id = ? AND subject_type = 'aspiration'"
                                + " AND period = ?",
                        good.id(),
                        now.getYear() * 100 + now.getMonthValue()));
        assertTrue(rebuild.start().isPresent(), "once done, a rebuild may start again");
        while (rebuild.status().orElseThrow().running()) {
            Thread.sleep(200);
        }
    }

    @Test
    void theDashboardLinksAVillageWithItsOwnDomainToItsDomain() {
        VillageRef withDomain = fixtures.freshVillage(true);
        VillageRef bySlug = fixtures.freshVillage(false);
        String domainLink = metricsLinks.publicPage(withDomain.id());
        assertTrue(
                domainLink.matches("https?://" + java.util.regex.Pattern.quote(withDomain.slug() + ".desa.test")
                        + "(:[0-9]+)?/layanan/kinerja"),
                domainLink);
        String slugLink = metricsLinks.publicPage(bySlug.id());
        assertTrue(slugLink.endsWith("/" + bySlug.slug() + "/layanan/kinerja"), slugLink);
    }

    static Object[] change(String type, long subject, String from, String to, Instant at, String kind, Integer target) {
        return new Object[] {type, subject, from, to, at, kind, target};
    }

    void insert(long villageId, List<Object[]> history) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO state_change (village_id, subject_type,"
                                + " subject_id, from_state, to_state, changed_at, kind, target_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] h : history) {
                s.setLong(1, villageId);
                s.setString(2, (String) h[0]);
                s.setLong(3, (Long) h[1]);
                s.setString(4, (String) h[2]);
                s.setString(5, (String) h[3]);
                s.setTimestamp(6, Timestamp.from((Instant) h[4]));
                s.setString(7, (String) h[5]);
                s.setObject(8, h[6]);
                s.executeUpdate();
            }
        }
    }

    String reference(long requestId) throws SQLException {
        return single("SELECT reference FROM letter_request WHERE id = ?", requestId);
    }

    long returnedSeconds(long villageId, long requestId) throws SQLException {
        return Long.parseLong(single(
                "SELECT returned_seconds FROM service_fact WHERE village_id = ? AND subject_type = 'letterRequest'"
                        + " AND subject_id = ?",
                villageId,
                requestId));
    }

    int targetOf(long villageId, long complaintId) throws SQLException {
        return Integer.parseInt(single(
                "SELECT target_hours FROM state_change WHERE village_id = ? AND subject_type = 'complaint'"
                        + " AND subject_id = ? AND to_state = 'NEW'",
                villageId,
                complaintId));
    }

    List<Long> complaintIds(long villageId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM complaint WHERE village_id = ? ORDER BY id")) {
            s.setLong(1, villageId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The facts and month rows of a village as text, in key order. */
    String rows(long villageId) throws SQLException {
        return all("SELECT * FROM service_fact WHERE village_id = ? ORDER BY subject_type, subject_id", villageId)
                + "\n"
                + all("SELECT * FROM service_month WHERE village_id = ? ORDER BY subject_type, period", villageId);
    }

    String single(String sql, Object... parameters) throws SQLException {
        String all = all(sql, parameters);
        return all.substring(0, all.indexOf('\n'));
    }

    String all(String sql, Object... parameters) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        out.append(i == 1 ? "" : "|").append(r.getString(i));
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }
}
