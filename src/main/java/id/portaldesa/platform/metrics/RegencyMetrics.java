package id.portaldesa.platform.metrics;

import id.portaldesa.account.AccountActivity;
import id.portaldesa.account.security.CurrentUser;
import id.portaldesa.shared.paging.PageRequest;
import id.portaldesa.shared.paging.Slice;
import id.portaldesa.shared.paging.Sorting;
import id.portaldesa.shared.seams.ActivityCount;
import id.portaldesa.shared.security.Permission;
import id.portaldesa.shared.security.RegionScope;
import id.portaldesa.village.VillageTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regency dashboard: every onboarded village of the viewer's region (VIEW_REGENCY: the platform
 * admin everywhere, regency admins and viewers in their regions, nobody else) side by side with one
 * month's figures, sorted and paged in the database from {@code service_month}; district roll-ups;
 * adoption. A month is each village's own month ({@code yyyymm} in its time zone).
 */
@ApplicationScoped
public class RegencyMetrics {

    /** What the table may sort by: keys the page declares, never a column name from the visitor. */
    static final Sorting SORTING = new Sorting(
            Map.ofEntries(
                    Map.entry("name", "v.name"),
                    Map.entry("code", "v.code"),
                    Map.entry("districtName", "v.district_name"),
                    Map.entry("lettersReceived", "COALESCE(l.received, 0)"),
                    Map.entry("lettersIssued", "COALESCE(l.done, 0)"),
                    Map.entry("lettersMedian", "l.median_done"),
                    Map.entry("lettersP90", "l.p90_done"),
                    Map.entry("lettersMedianNet", "l.median_net"),
                    Map.entry("complaintsReceived", "COALESCE(c.received, 0)"),
                    Map.entry("complaintsResolved", "COALESCE(c.done, 0)"),
                    Map.entry("firstResponse", "c.median_response"),
                    Map.entry("withinTarget", "c.within_target / NULLIF(c.with_target, 0)"),
                    Map.entry("aspirationsReceived", "COALESCE(a.received, 0)"),
                    Map.entry("aspirationsAnswered", "COALESCE(a.done, 0)"),
                    Map.entry("aspirationsAccepted", "COALESCE(a.accepted, 0)"),
                    Map.entry("overdue", "COALESCE(o.n, 0)"),
                    Map.entry("lettersChange", "(COALESCE(l.received, 0) - lp.received) / NULLIF(lp.received, 0)")),
            "v.name");

    /**
     * The month rows of each village and its complaints overdue now. The overdue count is one grouped
     * scan of the open complaints (ix_service_fact_open), limited to the viewer's region: the same
     * parameters as {@link #where}'s region conditions (?4 on), so a regency viewer's page never
     * scans the whole country.
     */
    static String months(RegionScope scope) {
        StringBuilder region = new StringBuilder();
        if (!scope.everywhere()) {
            region.append(" AND f.village_id IN (SELECT rv.id FROM village rv WHERE ");
            for (int i = 0; i < scope.regions().size(); i++) {
                region.append(i == 0 ? "" : " OR ").append("rv.code LIKE ?").append(4 + i);
            }
            region.append(')');
        }
        return " FROM village v"
                + " LEFT JOIN service_month l ON l.village_id = v.id AND l.subject_type = 'letterRequest' AND l.period = ?1"
                + " LEFT JOIN service_month lp ON lp.village_id = v.id AND lp.subject_type = 'letterRequest' AND lp.period = ?2"
                + " LEFT JOIN service_month c ON c.village_id = v.id AND c.subject_type = 'complaint' AND c.period = ?1"
                + " LEFT JOIN service_month cp ON cp.village_id = v.id AND cp.subject_type = 'complaint' AND cp.period = ?2"
                + " LEFT JOIN service_month a ON a.village_id = v.id AND a.subject_type = 'aspiration' AND a.period = ?1"
                + " LEFT JOIN (SELECT f.village_id, COUNT(*) AS n FROM service_fact f WHERE f.subject_type = 'complaint'"
                + " AND f.state IN ('NEW', 'ASSIGNED', 'IN_PROGRESS') AND f.due_at < ?3" + region
                + " GROUP BY f.village_id) o ON o.village_id = v.id";
    }

    static final String OVERDUE = "COALESCE(o.n, 0)";

    static final String COLUMNS = "v.id, v.code, v.name, v.slug, v.district_name,"
            + " l.received, l.done, l.received_done, l.median_done, l.p90_done, l.median_net, l.p90_net,"
            + " c.received, c.done, c.with_target, c.within_target, c.median_response, c.median_done,"
            + " a.received, a.done, a.accepted, lp.received, cp.received, " + OVERDUE + " AS overdue";

    /** Which villages: all, or only those with no activity in the month. */
    public enum Show {
        ALL,
        INACTIVE
    }

    /** A district's month: sums of its villages' counts (medians are per village, not summed). */
    public record DistrictRow(
            String district,
            long villages,
            long inactive,
            long lettersReceived,
            long lettersIssued,
            long complaintsReceived,
            long complaintsResolved,
            long withTarget,
            long withinTarget,
            long aspirationsReceived,
            long aspirationsAnswered,
            long overdue)
            implements Serializable {

        public Long getShareWithinTarget() {
            var p = Percentiles.percent(withinTarget, withTarget);
            return p.isPresent() ? p.getAsLong() : null;
        }
    }

    /** The region's adoption of the portal. */
    public record Adoption(
            long villages, long withActiveAdmin, long residentsRegistered, long residentsConfirmed, long newsThisMonth)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AccountActivity accounts;

    @Inject
    @Any
    Instance<ActivityCount> activities;

    /** The month the dashboard opens on: this month, in western Indonesia. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(VillageTimeZone.WIB.zone()));
    }

    /**
     * Whether the month is over in every village at {@code now}: WIB is the westernmost of the three
     * zones, the last to leave a month, so a month is whole once it is over in WIB. Month-over-month
     * changes compare whole months only: the month in progress shows none (comparing ten days of it
     * with the whole month before would show every village falling behind).
     */
    public static boolean isWhole(YearMonth month, Instant now) {
        return month.isBefore(YearMonth.from(now.atZone(VillageTimeZone.WIB.zone())));
    }

    /** The scope the viewer sees; nowhere for anybody without VIEW_REGENCY. */
    public RegionScope scope() {
        return user.scopeOf(Permission.VIEW_REGENCY);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<VillageRow> villages(PageRequest request, YearMonth month, Show show) {
        RegionScope scope = scope();
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), 0, request);
        }
        Where where = where(scope, request.search(), show);
        Query rows = em.createNativeQuery(
                "SELECT " + COLUMNS + months(scope) + where.sql + SORTING.orderBy(request) + ", v.id");
        bind(rows, month, where);
        Query count;
        if (show == Show.ALL) {
            // The joins add no row: count the villages alone.
            count = em.createNativeQuery("SELECT COUNT(*) FROM village v" + where.sql);
            bindWhere(count, where);
        } else {
            count = em.createNativeQuery("SELECT COUNT(*)" + months(scope) + where.sql);
            bind(count, month, where);
        }
        List<VillageRow> items = new ArrayList<>();
        for (Object o : rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList()) {
            items.add(row((Object[]) o, isWhole(month, clock.instant())));
        }
        return new Slice<>(items, ((Number) count.getSingleResult()).longValue(), request);
    }

    /** Villages a page of the export reads. */
    public static final int EXPORT_PAGE = 500;

    /**
     * Every village of the scope for the month, in name order, handed one by one to {@code each}
     * (the exports): read {@code pageSize} at a time by keyset (after the last name and id read), never
     * by OFFSET, and never all in memory at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void eachVillage(YearMonth month, int pageSize, java.util.function.Consumer<VillageRow> each) {
        RegionScope scope = scope();
        if (scope.isEmpty()) {
            return;
        }
        Where where = where(scope, Optional.empty(), Show.ALL);
        int after = 4 + where.parameters.size();
        boolean whole = isWhole(month, clock.instant());
        VillageRow last = null;
        while (true) {
            String keyset = last == null
                    ? ""
                    : " AND (v.name > ?" + after + " OR (v.name = ?" + after + " AND v.id > ?" + (after + 1) + "))";
            Query q = em.createNativeQuery(
                    "SELECT " + COLUMNS + months(scope) + where.sql + keyset + " ORDER BY v.name, v.id");
            bind(q, month, where);
            if (last != null) {
                q.setParameter(after, last.getName());
                q.setParameter(after + 1, last.getVillageId());
            }
            List<?> page = q.setMaxResults(pageSize).getResultList();
            for (Object o : page) {
                last = row((Object[]) o, whole);
                each.accept(last);
            }
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    /** Every village of the scope for the month, in name order (tests; the exports stream {@link #eachVillage}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VillageRow> all(YearMonth month) {
        List<VillageRow> all = new ArrayList<>();
        PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE, Optional.of("name"), true, Optional.empty());
        while (true) {
            Slice<VillageRow> slice = villages(page, month, Show.ALL);
            all.addAll(slice.items());
            if (!slice.hasNext()) {
                return all;
            }
            page = page.next();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictRow> districts(YearMonth month) {
        RegionScope scope = scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Where where = where(scope, Optional.empty(), Show.ALL);
        Query q = em.createNativeQuery("SELECT v.district_name, COUNT(*),"
                + " SUM(CASE WHEN COALESCE(l.received, 0) + COALESCE(c.received, 0) + COALESCE(a.received, 0) = 0"
                + " THEN 1 ELSE 0 END), SUM(COALESCE(l.received, 0)), SUM(COALESCE(l.done, 0)),"
                + " SUM(COALESCE(c.received, 0)), SUM(COALESCE(c.done, 0)), SUM(COALESCE(c.with_target, 0)),"
                + " SUM(COALESCE(c.within_target, 0)), SUM(COALESCE(a.received, 0)), SUM(COALESCE(a.done, 0)),"
                + " SUM(" + OVERDUE + ")" + months(scope) + where.sql
                // Kecamatan names repeat across regencies: one row per district code.
                + " GROUP BY LEFT(v.code, 8), v.district_name ORDER BY v.district_name, LEFT(v.code, 8)");
        bind(q, month, where);
        List<DistrictRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new DistrictRow(
                    (String) r[0],
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    n(r[6]),
                    n(r[7]),
                    n(r[8]),
                    n(r[9]),
                    n(r[10]),
                    n(r[11])));
        }
        return rows;
    }

    /** Adoption changes slowly and costs four queries over every village of the region: kept a minute. */
    static final Duration ADOPTION_MAX_AGE = Duration.ofSeconds(60);

    private record AdoptionKey(RegionScope scope, YearMonth month) {}

    private record KeptAdoption(Instant readAt, Adoption adoption) {}

    private final Map<AdoptionKey, KeptAdoption> keptAdoption = new java.util.concurrent.ConcurrentHashMap<>();

    /** The region's adoption in the month, at most {@link #ADOPTION_MAX_AGE} old. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Adoption adoption(YearMonth month) {
        RegionScope scope = scope();
        if (scope.isEmpty()) {
            return new Adoption(0, 0, 0, 0, 0);
        }
        AdoptionKey key = new AdoptionKey(scope, month);
        KeptAdoption kept = keptAdoption.get(key);
        Instant now = clock.instant();
        if (kept != null && kept.readAt().plus(ADOPTION_MAX_AGE).isAfter(now)) {
            return kept.adoption();
        }
        if (keptAdoption.size() > 1000) {
            keptAdoption.clear();
        }
        Adoption adoption = countAdoption(scope, month);
        keptAdoption.put(key, new KeptAdoption(now, adoption));
        return adoption;
    }

    private Adoption countAdoption(RegionScope scope, YearMonth month) {
        Where where = where(scope, Optional.empty(), Show.ALL);
        Query q = em.createNativeQuery("SELECT v.id, v.time_zone FROM village v" + where.sql);
        bindWhere(q, where);
        Map<VillageTimeZone, List<Long>> byZone = new EnumMap<>(VillageTimeZone.class);
        List<Long> ids = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            long id = n(r[0]);
            ids.add(id);
            VillageTimeZone zone = r[1] == null ? VillageTimeZone.WIB : VillageTimeZone.valueOf((String) r[1]);
            byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(id);
        }
        Instant now = clock.instant();
        long active = accounts.withAdminActiveSince(ids, now.minus(Duration.ofDays(30)))
                .size();
        long registered = 0;
        long confirmed = 0;
        for (AccountActivity.Residents r : accounts.residents(ids).values()) {
            registered += r.registered();
            confirmed += r.confirmed();
        }
        long news = 0;
        for (ActivityCount count : activities) {
            if (!"news.published".equals(count.key())) {
                continue;
            }
            for (Map.Entry<VillageTimeZone, List<Long>> e : byZone.entrySet()) {
                Instant from = month.atDay(1).atStartOfDay(e.getKey().zone()).toInstant();
                Instant to = month.plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(e.getKey().zone())
                        .toInstant();
                news += count.countBetween(e.getValue(), from, to).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
            }
        }
        return new Adoption(ids.size(), active, registered, confirmed, news);
    }

    private record Where(String sql, List<Object> parameters) {}

    /** Onboarded villages inside the scope; parameters from ?4 on (?1–?3 are the months and now). */
    private static Where where(RegionScope scope, Optional<String> search, Show show) {
        StringBuilder sql = new StringBuilder(" WHERE v.id > 0");
        List<Object> parameters = new ArrayList<>();
        if (!scope.everywhere()) {
            sql.append(" AND (");
            int i = 0;
            for (String region : scope.regions()) {
                sql.append(i++ == 0 ? "" : " OR ").append("v.code LIKE ?").append(4 + parameters.size());
                // Region codes are digits and dots only: no LIKE wildcard can hide in them.
                parameters.add(region.replaceAll("[^0-9.]", "") + ".%");
            }
            sql.append(')');
        }
        search.ifPresent(text -> {
            sql.append(" AND (LOWER(v.name) LIKE ?").append(4 + parameters.size());
            parameters.add("%"
                    + text.toLowerCase(java.util.Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%");
            sql.append(" OR LOWER(v.district_name) LIKE ?")
                    .append(3 + parameters.size())
                    .append(')');
        });
        if (show == Show.INACTIVE) {
            sql.append(" AND (COALESCE(l.received, 0) + COALESCE(c.received, 0) + COALESCE(a.received, 0) = 0)");
        }
        return new Where(sql.toString(), parameters);
    }

    private void bind(Query q, YearMonth month, Where where) {
        q.setParameter(1, number(month));
        q.setParameter(2, number(month.minusMonths(1)));
        q.setParameter(3, Timestamp.from(clock.instant()));
        bindWhere(q, where);
    }

    private static void bindWhere(Query q, Where where) {
        for (int i = 0; i < where.parameters.size(); i++) {
            q.setParameter(i + 4, where.parameters.get(i));
        }
    }

    static int number(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    private static VillageRow row(Object[] r, boolean wholeMonth) {
        Figures letters = new Figures(i(r[5]), i(r[6]), i(r[7]), 0, 0, 0, l(r[8]), l(r[9]), l(r[10]), l(r[11]), null);
        Figures complaints =
                new Figures(i(r[12]), i(r[13]), 0, 0, i(r[14]), i(r[15]), l(r[17]), null, null, null, l(r[16]));
        Figures aspirations = new Figures(i(r[18]), i(r[19]), 0, i(r[20]), 0, 0, null, null, null, null, null);
        return new VillageRow(
                n(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                letters,
                complaints,
                aspirations,
                i(r[21]),
                i(r[22]),
                n(r[23]),
                wholeMonth);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static int i(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static Long l(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
