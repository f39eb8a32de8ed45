package id.portaldesa.site;

import id.portaldesa.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once the schema is up to date, moves logos stored before media existed onto media ({@link
 * LegacyLogos}), in the background: the portal serves meanwhile, old logos from their old address.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class LegacyLogoStartup {

    private static final Logger LOG = Logger.getLogger(LegacyLogoStartup.class.getName());

    @Inject
    LegacyLogos logos;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(this::moveAll);
    }

    private void moveAll() {
        int moved = 0;
        try {
            for (long villageId : logos.villagesWithLegacyLogos()) {
                try {
                    moved += logos.move(villageId) ? 1 : 0;
                } catch (BusinessException refused) {
                    LOG.warning(() -> "The old logo of village " + villageId + " was not moved onto media ("
                            + refused.getMessageKey() + "); its old address keeps serving it");
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The old logo of village " + villageId + " could not be moved onto media",
                            e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for old village logos", e);
        }
        if (moved > 0) {
            int done = moved;
            LOG.info(() -> "Moved " + done + " village logos onto media");
        }
    }
}
