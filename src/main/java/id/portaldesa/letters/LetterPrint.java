package id.portaldesa.letters;

import id.portaldesa.shared.persistence.VillageOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One printing of an issued letter at the counter: who and when. */
@Entity
@Table(name = "letter_print")
public class LetterPrint extends VillageOwned {

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "printed_by", nullable = false, updatable = false)
    private long printedBy;

    @Column(name = "printed_at", nullable = false, updatable = false)
    private Instant printedAt;

    protected LetterPrint() {}

    LetterPrint(long villageId, long requestId, long printedBy, Instant at) {
        super(villageId);
        this.requestId = requestId;
        this.printedBy = printedBy;
        this.printedAt = at;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getPrintedBy() {
        return printedBy;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }
}
