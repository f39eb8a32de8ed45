package id.portaldesa.platform;

import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.shared.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** After the schema and region list are in place: demo data, or the first-admin setup link. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "WilayahImport", "DataKey"})
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    DemoData demoData;

    @Inject
    PlatformAdminSetup setup;

    @PostConstruct
    void prepare() {
        if (config.isDemoMode()) {
            demoData.loadIfEmpty();
            int extra = config.demoExtraVillages();
            if (extra > 0) {
                long started = System.nanoTime();
                int added = demoData.onboardExtra(extra);
                LOG.info(() -> "Onboarded " + added + " extra villages in " + (System.nanoTime() - started) / 1_000_000
                        + " ms");
            }
        } else {
            // The one log line that holds a secret, on purpose: whoever reads the server log of a new
            // deployment is its operator, and creates the first admin with it (see LogSafe).
            setup.newSetupLinkIfNeeded()
                    .ifPresent(link -> LOG.warning(
                            "No platform admin yet. Create the first one with this one-time setup link (valid 24 hours): "
                                    + link));
        }
    }
}
