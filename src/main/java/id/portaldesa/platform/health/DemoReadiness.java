package id.portaldesa.platform.health;

import id.portaldesa.platform.DemoProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * In demo mode, not ready until every demo village is loaded (the first village's pages answer a few
 * seconds earlier); always ready otherwise.
 */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

    @Inject
    DemoProgress progress;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo").status(progress.isComplete()).build();
    }
}
