package id.portaldesa.platform.metrics;

import java.io.Serializable;

/**
 * One village's line on the regency dashboard: its month's figures (from {@code service_month}),
 * the change from the month before, and its complaints overdue now. A bean (getters), as the lazy
 * table sorts by property names.
 */
public class VillageRow implements Serializable {

    private final long villageId;
    private final String code;
    private final String name;
    private final String slug;
    private final String districtName;
    private final Figures letters;
    private final Figures complaints;
    private final Figures aspirations;
    private final int lettersBefore;
    private final int complaintsBefore;
    private final long overdue;
    private final boolean wholeMonth;

    public VillageRow(
            long villageId,
            String code,
            String name,
            String slug,
            String districtName,
            Figures letters,
            Figures complaints,
            Figures aspirations,
            int lettersBefore,
            int complaintsBefore,
            long overdue,
            boolean wholeMonth) {
        this.wholeMonth = wholeMonth;
        this.villageId = villageId;
        this.code = code;
        this.name = name;
        this.slug = slug;
        this.districtName = districtName;
        this.letters = letters;
        this.complaints = complaints;
        this.aspirations = aspirations;
        this.lettersBefore = lettersBefore;
        this.complaintsBefore = complaintsBefore;
        this.overdue = overdue;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDistrictName() {
        return districtName;
    }

    public Figures getLetters() {
        return letters;
    }

    public Figures getComplaints() {
        return complaints;
    }

    public Figures getAspirations() {
        return aspirations;
    }

    public int getLettersReceived() {
        return letters.received();
    }

    public int getLettersIssued() {
        return letters.done();
    }

    public Long getLettersMedian() {
        return letters.medianDone();
    }

    public Long getLettersP90() {
        return letters.p90Done();
    }

    public Long getLettersMedianNet() {
        return letters.medianNet();
    }

    public int getComplaintsReceived() {
        return complaints.received();
    }

    public int getComplaintsResolved() {
        return complaints.done();
    }

    public Long getWithinTarget() {
        return complaints.shareWithinTarget();
    }

    public Long getFirstResponse() {
        return complaints.medianResponse();
    }

    public int getAspirationsReceived() {
        return aspirations.received();
    }

    public int getAspirationsAnswered() {
        return aspirations.done();
    }

    public int getAspirationsAccepted() {
        return aspirations.accepted();
    }

    public long getOverdue() {
        return overdue;
    }

    public int getLettersBefore() {
        return lettersBefore;
    }

    /**
     * Letter requests received, change from the month before in percent; null when it had none, and
     * for the month in progress: the change compares whole months only ({@link
     * RegencyMetrics#isWhole}), never some days of this month with all of the last.
     */
    public Long getLettersChange() {
        if (!wholeMonth) {
            return null;
        }
        var c = Percentiles.change(lettersBefore, letters.received());
        return c.isPresent() ? c.getAsLong() : null;
    }

    public Long getComplaintsChange() {
        if (!wholeMonth) {
            return null;
        }
        var c = Percentiles.change(complaintsBefore, complaints.received());
        return c.isPresent() ? c.getAsLong() : null;
    }

    /** The month is over in every village (the change from the month before is shown). */
    public boolean isWholeMonth() {
        return wholeMonth;
    }

    /** Nothing received in the month at all. */
    public boolean isInactive() {
        return letters.received() == 0 && complaints.received() == 0 && aspirations.received() == 0;
    }
}
