package id.portaldesa.platform;

import id.portaldesa.account.PlatformAdminSetup;
import id.portaldesa.shared.config.PortalConfig;
import id.portaldesa.village.VillageRef;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
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
    DemoProgress demoProgress;

    @Inject
    PlatformAdminSetup setup;

    @Resource
    ManagedScheduledExecutorService executor;

    /**
     * The benchmark's extra villages ({@code PORTAL_DEMO_EXTRA_VILLAGES}) go online the way a region's
     * villages do from the console: in the background, once the portal runs (a few seconds after
     * this start-up step, so that the job does not compete with the rest of the deployment for the
     * two cores). The log line says when they are all online.
     */
    private void onboardInBackground(int missing) {
        // The managed executor, not a plain thread: it gives the task the application's naming
        // context, which the bulk onboarding's DataSource is looked up in when it is first used.
        executor.schedule(
                () -> {
                    long started = System.nanoTime();
                    try {
                        int added = demoData.onboardExtra(missing);
                        LOG.info(() -> "Onboarded " + added + " extra villages in "
                                + (System.nanoTime() - started) / 1_000_000 + " ms");
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Could not onboard the extra villages", e);
                    }
                },
                EXTRA_VILLAGES_DELAY_SECONDS,
                TimeUnit.SECONDS);
    }

    /**
     * The demo's work that needs its data committed (and, unless the start waits for them, its other
     * villages), after the deployment like the extra villages: the first village's home page does
     * not wait for them.
     */
    private void demoInBackground(Runnable work) {
        executor.schedule(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Could not finish the demo data", e);
                    }
                },
                EXTRA_VILLAGES_DELAY_SECONDS,
                TimeUnit.SECONDS);
    }

    /** The first village and whichever of the others this start loaded. */
    private List<VillageRef> withOtherVillages(List<VillageRef> first) {
        List<VillageRef> all = new java.util.ArrayList<>(first);
        for (int i = 1; i < demoData.villageCount(); i++) {
            demoData.loadMissingVillage(i).ifPresent(all::add);
        }
        return all;
    }

    private void finishDemo(List<VillageRef> loaded) {
        if (!loaded.isEmpty()) {
            demoData.afterLoad(loaded);
            demoData.announce();
        }
        demoProgress.finished();
    }

    /** Enough for the deployment to finish on a 2-core machine. */
    static final int EXTRA_VILLAGES_DELAY_SECONDS = 8;

    @PostConstruct
    void prepare() {
        if (config.isDemoMode()) {
            demoProgress.started();
            List<VillageRef> loaded = demoData.loadFirstIfEmpty();
            if (config.demoWaitsForAllVillages()) {
                List<VillageRef> all = withOtherVillages(loaded);
                demoInBackground(() -> finishDemo(all));
            } else {
                demoInBackground(() -> finishDemo(withOtherVillages(loaded)));
            }
            int missing = demoData.extraVillagesMissing(config.demoExtraVillages());
            if (missing > 0) {
                onboardInBackground(missing);
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
