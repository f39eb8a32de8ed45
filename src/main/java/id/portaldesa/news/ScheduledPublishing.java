package id.portaldesa.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Publishes scheduled articles whose time has come, in every village, each exactly once even when
 * several nodes (or timer runs) look at the same moment: see {@link ScheduleClaims}.
 */
@ApplicationScoped
public class ScheduledPublishing {

    @Inject
    ScheduleClaims claims;

    @Inject
    Clock clock;

    /** Publishes what is due now; returns how many articles this run published. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (ScheduleClaims.Due due : claims.due(now)) {
            if (claims.publishIfDue(due, now)) {
                published++;
            }
        }
        return published;
    }
}
