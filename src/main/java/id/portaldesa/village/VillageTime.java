package id.portaldesa.village;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The time as one village lives it: "today", this month, the start of a day or month, in the
 * village's own time zone, never in the server's. A deadline "until the end of the month" in a Papua
 * village ends two hours before the same deadline in Jambi. Periods are half-open: a month runs from
 * its {@link #startOfMonth start} up to, not including, its {@link #endOfMonth end}.
 */
public final class VillageTime {

    private final VillageTimeZone timeZone;
    private final Clock clock;

    public VillageTime(VillageTimeZone timeZone, Clock clock) {
        this.timeZone = Objects.requireNonNull(timeZone);
        this.clock = Objects.requireNonNull(clock);
    }

    public VillageTimeZone timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return timeZone.zone();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(zone()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** The calendar date of an instant in this village. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    public LocalDateTime localTimeOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The first instant of the next day: a deadline "on this day" is before it. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    public Instant startOfMonth(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** The first instant of the next month. */
    public Instant endOfMonth(YearMonth month) {
        return startOfMonth(month.plusMonths(1));
    }

    public Instant startOfThisMonth() {
        return startOfMonth(thisMonth());
    }

    public Instant endOfThisMonth() {
        return endOfMonth(thisMonth());
    }
}
