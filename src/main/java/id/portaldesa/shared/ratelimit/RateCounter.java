package id.portaldesa.shared.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The current window of one limit and key. The key is stored only as a hash: the table says how often
 * someone tried, not who (addresses and email addresses are personal data).
 */
@Entity
@Table(name = "rate_limit")
public class RateCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "limit_name", nullable = false, updatable = false)
    private String limitName;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int hits;

    protected RateCounter() {}

    public RateWindow window() {
        return hits == 0 ? null : new RateWindow(windowStart, hits);
    }

    void apply(RateWindow window) {
        this.windowStart = window.start();
        this.hits = window.hits();
    }

    public int getHits() {
        return hits;
    }

    public Instant getWindowStart() {
        return windowStart;
    }
}
