package id.portaldesa.it.container;

import id.portaldesa.shared.persistence.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads the database directly, past every cache of the application: what another node would see. */
@ApplicationScoped
public class DatabaseRows {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource database;

    /** A connection of the application's own pool, for tests that work past the services. */
    public Connection connection() throws SQLException {
        return database.getConnection();
    }

    public long contentRevision(long villageId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT content_revision FROM village WHERE id = ?")) {
            s.setLong(1, villageId);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no village " + villageId);
                }
                return row.getLong(1);
            }
        }
    }
}
