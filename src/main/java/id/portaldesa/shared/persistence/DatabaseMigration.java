package id.portaldesa.shared.persistence;

import id.portaldesa.shared.crypto.DataKeyRotation;
import id.portaldesa.shared.crypto.PersonalDataCipher;
import id.portaldesa.shared.crypto.SealedData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Failing here fails the
 * deployment on purpose: serving pages on a half-migrated schema would be worse. The sealed personal
 * data is brought up to date with the data key here too ({@link DataKeyRotation}), so nothing reads
 * it before a changed key was checked and every value sealed with it. The cipher's injection starts
 * {@code DataKey} (no {@code @DependsOn}: Payara reports a false cycle with the singletons that depend
 * on this one).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Instance<SealedData> sealedData;

    @PostConstruct
    void migrate() {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            // Flyway names a target version only when it applied something.
            String version =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "PORTAL DESA CANNOT START: the database could not be reached or migrated. "
                            + "Check PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD. Cause: " + e.getMessage(),
                    e);
            throw e;
        }
        try {
            DataKeyRotation.atStart(dataSource, cipher, sealedData);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e.getMessage(), e);
            throw e;
        }
    }
}
