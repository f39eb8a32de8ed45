package id.portaldesa.village;

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
 * Reads the villages into the {@link VillageDirectory} while the rest of the application starts, so
 * that the first visitor after a restart does not wait for 83,762 villages to be read (the first
 * request waits for this reading, not for one of its own).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectoryWarmUp {

    private static final Logger LOG = Logger.getLogger(DirectoryWarmUp.class.getName());

    @Inject
    VillageDirectory directory;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            long started = System.nanoTime();
            try {
                directory.lookForChanges();
                LOG.info(() -> "Village directory read: " + directory.activeCount() + " active villages in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                // The first request reads it then.
                LOG.log(Level.WARNING, "Village directory not read ahead", e);
            }
        });
    }
}
