package id.portaldesa.letters.issue.signing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the deployment's certificate authority at the first start (after the schema and the data
 * key are in place), so its certificate can be downloaded before any letter is signed. A failure is
 * logged, not fatal: the first signing tries again.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AuthorityAtStart {

    private static final Logger LOG = Logger.getLogger(AuthorityAtStart.class.getName());

    @Inject
    SigningKeys keys;

    @PostConstruct
    void create() {
        try {
            keys.authority();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The certificate authority for letters could not be prepared at start", e);
        }
    }
}
