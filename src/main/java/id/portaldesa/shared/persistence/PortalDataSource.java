package id.portaldesa.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's pooled DataSource. Values come from MicroProfile Config at deploy time:
 * {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}; with none set, the
 * embedded H2 database in {@code ./data} (see {@code DatabaseDefaults}).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${MPCONFIG=portal.db.datasource-class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
