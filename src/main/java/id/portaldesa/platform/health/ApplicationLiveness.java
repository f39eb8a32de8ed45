package id.portaldesa.platform.health;

import id.portaldesa.village.VillageDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application is deployed and answering; reports how many village sites are active. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    VillageDirectory directory;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("portal")
                    .up()
                    .withData("activeVillages", directory.activeCount())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("portal")
                    .up()
                    .withData("activeVillages", "unknown")
                    .build();
        }
    }
}
