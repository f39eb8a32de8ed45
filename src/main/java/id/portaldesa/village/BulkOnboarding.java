package id.portaldesa.village;

import id.portaldesa.shared.events.VillageContentChanged;
import id.portaldesa.shared.persistence.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * Puts every village of a region of the official list online at once, with generated slugs, skipping
 * those already onboarded. Built for the whole country (83,762 villages): one query reads the
 * candidates with their district, regency and province names, slugs are made in memory against every
 * slug in use, and rows go in as multi-row inserts of {@value #ROWS_PER_INSERT}, committed chunk by
 * chunk so that progress shows and a failure keeps what is done (a second run skips it). The caches
 * hear one change for the whole run, not one per village. Callers check who may do this: this class
 * checks nothing.
 */
@ApplicationScoped
public class BulkOnboarding {

    static final int ROWS_PER_INSERT = 500;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<VillageContentChanged> events;

    @Inject
    Clock clock;

    @Inject
    OfficialList list;

    /** A village put online: code, name, slug. */
    public record Onboarded(String code, String name, String slug) {}

    /** What a run did: the villages it put online (in code order) and how many it found already there. */
    public record Result(List<Onboarded> onboarded, int skipped) {}

    private record Candidate(String code, String name, String district, String regency, String province) {}

    /**
     * The villages of the region that are not online yet, in code order; {@code null} for the whole
     * list. How many there are, before anything is inserted.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int countMissing(String regionCode, int limit) throws SQLException {
        list.awaitWhole();
        try (Connection c = dataSource.getConnection()) {
            return candidates(c, regionCode, limit).size();
        }
    }

    /**
     * Onboards the villages of the region ({@code "15.02"}, {@code "15.02.02"}; {@code null}:
     * anywhere) that are not online yet, at most {@code limit} of them (0: all).
     *
     * @param progress told the number of villages committed so far, after every chunk
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result onboard(String regionCode, int limit, IntConsumer progress) throws SQLException {
        list.awaitWhole();
        try (Connection c = dataSource.getConnection()) {
            List<Candidate> candidates = candidates(c, regionCode, limit);
            int skipped = regionCode == null ? 0 : countOnboarded(c, regionCode);
            Set<String> taken = slugsInUse(c);
            List<Onboarded> onboarded = new ArrayList<>(candidates.size());
            for (Candidate v : candidates) {
                String slug = Slug.suggest(v.name(), v.district(), taken::contains);
                taken.add(slug);
                onboarded.add(new Onboarded(v.code(), v.name(), slug));
            }
            insert(c, candidates, onboarded, progress);
            if (!onboarded.isEmpty()) {
                // Outside a transaction the observers hear it at once: one reading of the directory,
                // one new key for the pages that list villages, for the whole run.
                long first = idOf(c, onboarded.get(0).code());
                events.fire(new VillageContentChanged(first, VillageService.FEATURE + ".onboarded", 0));
            }
            return new Result(List.copyOf(onboarded), skipped);
        }
    }

    private static List<Candidate> candidates(Connection c, String regionCode, int limit) throws SQLException {
        String sql = "SELECT r.code, r.name, d.name, k.name, p.name FROM region r"
                + " JOIN region d ON d.code = r.parent_code"
                + " JOIN region k ON k.code = d.parent_code"
                + " JOIN region p ON p.code = k.parent_code"
                + " WHERE r.depth = 4" + (regionCode == null ? "" : " AND r.code LIKE ?")
                + " AND NOT EXISTS (SELECT 1 FROM village v WHERE v.code = r.code)"
                + " ORDER BY r.code" + (limit > 0 ? " LIMIT " + limit : "");
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (regionCode != null) {
                st.setString(1, prefix(regionCode));
            }
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new Candidate(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return found;
        }
    }

    private static int countOnboarded(Connection c, String regionCode) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM village WHERE code LIKE ?")) {
            st.setString(1, prefix(regionCode));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Set<String> slugsInUse(Connection c) throws SQLException {
        Set<String> slugs = new HashSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT slug FROM village")) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        return slugs;
    }

    private static long idOf(Connection c, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM village WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insert(Connection c, List<Candidate> candidates, List<Onboarded> onboarded, IntConsumer progress)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(clock.instant());
        try {
            for (int from = 0; from < candidates.size(); from += ROWS_PER_INSERT) {
                int to = Math.min(from + ROWS_PER_INSERT, candidates.size());
                try (PreparedStatement st = c.prepareStatement(insert(to - from))) {
                    int p = 1;
                    for (int i = from; i < to; i++) {
                        Candidate v = candidates.get(i);
                        st.setString(p++, v.code());
                        st.setString(p++, v.name());
                        st.setString(p++, v.district());
                        st.setString(p++, v.regency());
                        st.setString(p++, v.province());
                        st.setString(p++, onboarded.get(i).slug());
                        st.setString(p++, VillageStatus.ACTIVE.name());
                        st.setTimestamp(p++, now);
                    }
                    st.executeUpdate();
                }
                // The official list's rows keep the status for the console's sort (V14).
                try (PreparedStatement st = c.prepareStatement("UPDATE region SET village_status = ? WHERE code IN ("
                        + String.join(", ", Collections.nCopies(to - from, "?")) + ")")) {
                    st.setString(1, VillageStatus.ACTIVE.name());
                    for (int i = from; i < to; i++) {
                        st.setString(i - from + 2, candidates.get(i).code());
                    }
                    st.executeUpdate();
                }
                c.commit();
                progress.accept(to);
            }
        } catch (SQLException | RuntimeException e) {
            // Chunks committed before stay: they are whole villages, and a second run skips them.
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** One statement for many rows: needs no driver option, and is as fast on H2 as on MariaDB. */
    static String insert(int rows) {
        return "INSERT INTO village (code, name, district_name, regency_name, province_name, slug, status, created_at)"
                + " VALUES " + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    /** Region codes are digits and dots: no LIKE wildcard can hide in them. */
    private static String prefix(String regionCode) {
        return regionCode.replaceAll("[^0-9.]", "") + ".%";
    }
}
